import { exportLinks } from './html-links';
import { pushItem } from './item';
import { ImportFileError, type ImportIssue, type ImportItem, type ParsedFile, type ParseHtml } from './types';
import { parseDateCell, parseTagCell, uniqueTags } from './values';

/** Folder names browsers give their roots: not worth a tag on every bookmark. */
const ROOT_FOLDERS = /^(bookmarks( bar| toolbar| menu)?|other bookmarks|mobile bookmarks|favorites bar|북마크바|북마크 바|기타 북마크)$/i;

/** The folder names (`<H3>`) enclosing a bookmark, outermost first. */
function folderPath(anchor: Element): string[] {
  const path: string[] = [];
  for (let dl = anchor.closest('dl'); dl; dl = dl.parentElement?.closest('dl') ?? null) {
    // The folder's name is the <H3> of the <DT> just before its <DL> (or that holds it).
    let heading: Element | null = null;
    const holder = dl.parentElement;
    if (holder?.tagName === 'DT') heading = holder.querySelector(':scope > h3');
    if (!heading) {
      let prev = dl.previousElementSibling;
      while (prev && prev.tagName === 'P') prev = prev.previousElementSibling;
      if (prev?.tagName === 'H3') heading = prev;
      else if (prev?.tagName === 'DT') heading = prev.querySelector(':scope > h3');
    }
    const name = heading?.textContent?.trim();
    if (name) path.unshift(name);
  }
  return path;
}

/**
 * Parse a Netscape bookmark file (every browser's HTML export): each folder becomes a tag,
 * `TAGS` are kept, `ADD_DATE` is the save time; `javascript:`, `data:` and other non-web
 * addresses are refused (listed as errors).
 */
export function parseBookmarks(html: string, file: string, parseHtml: ParseHtml): ParsedFile {
  const { links } = exportLinks(html, parseHtml);
  if (links.length === 0) throw new ImportFileError(`${file} holds no bookmarks.`);
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  for (const { anchor, index } of links) {
    const folders = folderPath(anchor).filter((name) => !ROOT_FOLDERS.test(name));
    pushItem(items, errors, file, {
      url: anchor.getAttribute('href') ?? '',
      title: (anchor.textContent ?? '').trim(),
      tags: uniqueTags([...folders, ...parseTagCell(anchor.getAttribute('tags'), ',')]),
      addedAt: parseDateCell(anchor.getAttribute('add_date')),
      line: index,
    });
  }
  return { file, source: 'bookmarks', items, errors };
}
