import { extensionOf } from '../images/image-filter';

// Obsidian-style attachments: images as files in one folder of the vault, linked from each note
// by a relative path, so the notes and their images move (and sync) together.

/** A stored image to write beside the Markdown (bytes already read from the database). */
export interface ExportImage {
  /** The image's URL in the clip. */
  url: string;
  hash: string;
  type: string;
  bytes: Uint8Array;
}

/** Default attachments folder (Obsidian's common convention). */
export const DEFAULT_ATTACHMENTS_FOLDER = 'attachments';

/** The attachment's path: content-addressed, so one image used by many clips is one file. */
export function attachmentPath(folder: string, image: Pick<ExportImage, 'hash' | 'type'>): string {
  return `${folder}/${image.hash.slice(0, 16)}.${extensionOf(image.type)}`;
}

/** The path from the file at `from` to the file at `to` (both relative to the archive's root). */
export function relativePath(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  return [...fromDirs.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

/** How the Markdown converter writes an image URL as a link destination (parentheses, spaces encoded). */
export function markdownDestination(url: string): string {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

/** A relative path as a CommonMark link destination (readable Unicode; spaces, parens and % escaped). */
export function linkTarget(path: string): string {
  return path.replace(/%/g, '%25').replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** Point the Markdown's images at attachments: `links` maps markdownDestination(url) → relative path. */
export function rewriteImageLinks(markdown: string, links: ReadonlyMap<string, string>): string {
  return markdown.replace(/(!\[[^\]\n]*\]\()([^)\s]+)/g, (whole, start: string, destination: string) => {
    const target = links.get(destination);
    return target ? `${start}${linkTarget(target)}` : whole;
  });
}
