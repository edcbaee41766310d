import { collapseSpace } from './text';

// Captions and media credits belong to their picture: in the Markdown they follow the image, and the
// plain text (the article body) leaves them out. Sites mark them many ways: <figcaption>, classes
// such as "caption"/"credit"/"wp-caption-text"/"photo_desc", <cite> inside a figure, or a short
// "(Image credit: …)" / "Photo: … / Getty Images" line. All become <figcaption>.

/** Class/id/itemprop words that mark a caption or a media credit. */
const CAPTION_NAMES =
  /(?:^|[\s_-])(?:caption|captions|figcaption|credit|credits|photo-?credit|image-?credit|img-?caption|photo-?caption|wp-caption-text|photo_?desc|img_?desc|photo-?desc|image-?desc|pic-?desc|source-?image|imgtxt|img_txt|photo_?txt|pic_?txt|phototext)(?:$|[\s_-])/i;

/** A whole short line that is a media credit. */
const CREDIT_LINE =
  /^[([]?\s*(?:(?:image|photo|picture|foto|bild|credit|photograph|illustration|사진|写真|画像|图片|圖片|照片|出典|图源)\s*(?:credit|courtesy)?\s*[:：=]|(?:photo|image)s? (?:by|courtesy of)\b)|(?:getty images|shutterstock|reuters|associated press|ap photo|\bafp\b|\bepa\b|istock(?:photo)?|alamy|\bdpa\b|picture alliance|연합뉴스|뉴시스)[)\]]?\s*$/iu;

function toFigcaption(el: Element): void {
  const caption = el.ownerDocument.createElement('figcaption');
  while (el.firstChild) caption.append(el.firstChild);
  el.replaceWith(caption);
}

function captionable(el: Element, root: Element): boolean {
  if (el === root || !root.contains(el)) return false;
  if (el.matches('figcaption, figure, img, picture, table, ul, ol, h1, h2, h3') || el.closest('figcaption')) return false;
  const raw = el.textContent ?? '';
  // Cheap bound first: a caption is short, and collapsing a long text just to reject it is not.
  if (raw.length > 1600) return false;
  const text = collapseSpace(raw);
  if (!text || text.length > 400) return false;
  // Images inside a caption-named wrapper, or structure beyond a paragraph, are not a caption.
  return !el.querySelector('img, picture, video, h1, h2, h3, table, ul, ol, p p');
}

/** Turns caption-like elements inside `root` into `<figcaption>` (see the file comment). */
export function markCaptions(root: Element): void {
  for (const el of [...root.querySelectorAll('[class], [id], [itemprop]')]) {
    const names = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2');
    if (!CAPTION_NAMES.test(names) || !captionable(el, root)) continue;
    // More than two paragraphs is a text block that happens to be named "caption-something".
    if (el.querySelectorAll('p').length > 2) continue;
    toFigcaption(el);
  }
  for (const figure of root.querySelectorAll('figure')) {
    // Only picture figures: a figure wrapping an embedded post or a quote holds content.
    if (!figure.querySelector('img, picture, video, iframe, svg') || figure.querySelector('blockquote')) continue;
    for (const el of [...figure.querySelectorAll('cite, small, span, p, div')]) {
      if (el.querySelector('div, p') || !captionable(el, root)) continue;
      if (collapseSpace(el.textContent ?? '')) toFigcaption(el);
    }
  }
  // "Фото: …" / "Photo: …" written as a definition list under a picture.
  for (const dl of [...root.querySelectorAll('dl')]) {
    const term = collapseSpace(dl.querySelector('dt')?.textContent ?? '');
    if (/^(?:фото|photo|foto|bild|credit|source|사진|写真|图片|出典)\s*[:：]?$/iu.test(term) && captionable(dl, root)) toFigcaption(dl);
  }
  for (const el of [...root.querySelectorAll('p, div, span, small, em, i, cite')]) {
    const raw = el.textContent ?? '';
    if (raw.length > 300) continue;
    // The text test first: it is cheap and rejects nearly every element.
    const text = collapseSpace(raw);
    if (text.length > 150 || !CREDIT_LINE.test(text)) continue;
    // Credits carry no links; "(Graphic: … - here)" with a link is a pointer the story makes.
    if (!captionable(el, root) || el.querySelector('p, div, a')) continue;
    toFigcaption(el);
  }
}

/**
 * A video's caption is its description, and the clip has no player; a caption whose media is gone
 * captions nothing. Both become ordinary paragraphs so the story keeps what the media showed.
 */
export function keepVideoDescriptions(root: Element): void {
  const doc = root.ownerDocument;
  for (const caption of [...root.querySelectorAll('figcaption')]) {
    const holder = caption.closest('figure') ?? caption.parentElement;
    if (!holder) continue;
    const video = holder.querySelector('video, iframe, [class*="video" i], [class*="player" i], [data-video-id], [data-videoid]');
    const media = holder.querySelector('img, picture, svg, canvas, table, audio');
    if (!video && media) continue;
    const p = doc.createElement('p');
    while (caption.firstChild) p.append(caption.firstChild);
    caption.replaceWith(p);
  }
}
