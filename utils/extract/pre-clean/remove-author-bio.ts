import { removeBoxes } from './remove-boxes';
import { type PreCleanRule } from './rule';
import { scanDocument, type ScanContext } from './scan-context';

// Author-bio boxes ("Jane Doe is a reporter covering…", a photo, "More articles from Jane Doe",
// 기자 프로필/기자의 다른 기사). The byline itself is read from the page before this runs.

const WORDS = new Set(['bio', 'biography', 'contributor', 'contributors', 'authorbio', 'authorbox']);
const NAMES =
  /author-?(?:bio|box|info|card|profile|about|details|block|footer|wrap|area|desc|description|more|links)|about-?(?:the-?)?authors?|bio-?(?:box|block)|writer-?(?:info|profile|box|bio)|reporter-?(?:info|profile|box|bio|card)|journalist-?(?:bio|info|box)|profile-?(?:box|card)|byline-?(?:bio|block)|reporter_?(?:area|wrap)|kija|gija|byline_?(?:box|area|profile)/;
const LABEL =
  /^(?:about the author|about the reporter|more (?:articles|stories) (?:from|by)|view author archive|기자의?\s*다른\s*기사|기자\s*프로필|이 기자의|記者(?:の)?プロフィール|作者简介|关于作者|über (?:den|die) autor(?:in)?|à propos de l'auteur|l'auteur)/iu;

/** Fragments every word and name pattern above contains (see BoxPattern.hint). */
const HINT = /bio|contributor|author|about|writer|reporter|journalist|profile|byline|kija|gija/i;

/** Removes author-bio boxes around and inside the story. */
export function removeAuthorBio(doc: Document, ctx: ScanContext = scanDocument(doc)): number {
  return removeBoxes(ctx, { words: WORDS, hint: HINT, names: NAMES, label: LABEL, maxChars: 1500 });
}

/** The named rule. */
export const removeAuthorBioRule: PreCleanRule = { name: 'remove-author-bio', apply: removeAuthorBio };
