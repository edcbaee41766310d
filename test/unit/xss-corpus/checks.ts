import { parse as parseYaml } from 'yaml';

/**
 * Structural checks for "nothing executable": each returns a list of problems (empty = clean), so a
 * failing test says what survived. They take parsed DOM nodes, so they work on jsdom (unit tests and
 * the e2e suite's Node side) and on any browser DOM.
 */

/** Elements that run script, load documents or code, submit data, or change how a page resolves URLs. */
const EXECUTABLE_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'base', 'meta', 'link', 'style', 'svg', 'template', 'noscript',
  // MathML is allowed (presentation markup), but not its parts that hold other markup, act or load.
  'annotation-xml', 'maction', 'mglyph', 'malignmark',
  'portal', 'fencedframe', 'video', 'audio', 'source', 'track', 'canvas', 'dialog', 'xmp', 'plaintext',
  'noembed', 'noframes', 'marquee', 'keygen', 'animate', 'set', 'use', 'foreignobject', 'image', 'slot',
]);

/** Attributes that carry a URL the browser may follow or load. */
const URL_ATTRS = new Set([
  'href', 'src', 'cite', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'longdesc',
  'usemap', 'manifest', 'lowsrc', 'dynsrc', 'codebase', 'archive', 'classid', 'profile', 'itemtype',
]);

/** Attributes that never belong in stored article HTML (they run, load, overlay, or clobber). */
const FORBIDDEN_ATTRS = new Set([
  'style', 'srcdoc', 'srcset', 'ping', 'formaction', 'action', 'http-equiv', 'id', 'name', 'xmlns',
  'is', 'autofocus', 'contenteditable', 'popover', 'popovertarget', 'form', 'target', 'sandbox', 'allow',
]);

const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u205f\u3000\ufeff]/g;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const RASTER_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp)[;,]/;

/** Whether a URL (as the browser would read it) uses a scheme that can run script or carry a document. */
export function isUnsafeUrl(value: string, options: { allowDataImage?: boolean } = {}): boolean {
  const url = value.replace(INVISIBLE, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  if (!scheme) return false; // relative: resolves against the page, runs nothing
  if (SAFE_SCHEMES.has(scheme)) return false;
  return !(options.allowDataImage && RASTER_DATA_IMAGE.test(url));
}

export interface DomCheckOptions {
  /** Attribute names our own code adds (e.g. the reader's target/rel on links). */
  extraAttrs?: readonly string[];
  /** When given, every element must be one of these tags and every attribute one of these. */
  allowList?: { tags: readonly string[]; attrs: readonly string[] };
}

/** Problems found in the elements under `root` (the root itself is not checked). */
export function domProblems(root: ParentNode, options: DomCheckOptions = {}): string[] {
  const problems: string[] = [];
  const extra = new Set(options.extraAttrs ?? []);
  const allowedTags = options.allowList ? new Set(options.allowList.tags) : undefined;
  const allowedAttrs = options.allowList ? new Set([...options.allowList.attrs, ...extra]) : undefined;
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (EXECUTABLE_TAGS.has(tag)) problems.push(`<${tag}> element`);
    else if (allowedTags && !allowedTags.has(tag)) problems.push(`<${tag}> is outside the allow-list`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (extra.has(name)) continue;
      if (name.startsWith('on')) problems.push(`<${tag} ${name}> event handler`);
      else if (FORBIDDEN_ATTRS.has(name)) problems.push(`<${tag} ${name}> attribute`);
      else if (allowedAttrs && !allowedAttrs.has(name)) problems.push(`<${tag} ${name}> is outside the allow-list`);
      if (URL_ATTRS.has(name) && isUnsafeUrl(attr.value, { allowDataImage: tag === 'img' && name === 'src' })) {
        problems.push(`<${tag} ${name}="${attr.value.slice(0, 60)}"> unsafe URL`);
      }
    }
  }
  return problems;
}

/** Remove fenced code blocks (fences of ``` or ~~~, closed by the same character at least as long). */
function stripFencedCode(markdown: string): string {
  const out: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
      if (closing && closing[0] === fence.char && closing.length >= fence.length) fence = undefined;
      out.push('');
      continue;
    }
    if (marker && !(marker[0] === '`' && line.slice(line.indexOf(marker) + marker.length).includes('`'))) {
      fence = { char: marker[0] ?? '`', length: marker.length };
      out.push('');
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Remove inline code spans (a backtick run, content, the same-length run). */
function stripCodeSpans(text: string): string {
  return text.replace(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, ' ');
}

/**
 * Problems in Markdown as a CommonMark renderer that passes raw HTML through would see them: raw
 * HTML tags or autolinks outside code, and link, image or reference destinations with unsafe schemes.
 */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  let prose = stripCodeSpans(stripFencedCode(markdown));
  // An image description becomes the alt text as plain text (CommonMark renders no HTML in it).
  prose = prose.replace(/(?<!\\)!\[(?:\\.|[^\]\\])*\](?=\()/g, '![]');
  // Inline links and images: check the destination, drop the title (a title is never parsed as HTML).
  prose = prose.replace(
    /(?<!\\)\]\(\s*(<[^>\n]*>|(?:\\.|[^\s)\\])*)(?:\s+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))?\s*\)/g,
    (_match, destination: string) => {
      const url = destination.replace(/^<|>$/g, '').replace(/\\(.)/g, '$1');
      if (isUnsafeUrl(url, { allowDataImage: true })) problems.push(`link to ${url.slice(0, 60)}`);
      return ']()';
    },
  );
  for (const match of prose.matchAll(/^ {0,3}\[(?:\\.|[^\]\\\n])+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    const url = (match[1] ?? '').replace(/\\(.)/g, '$1');
    if (isUnsafeUrl(url)) problems.push(`reference definition to ${url.slice(0, 60)}`);
  }
  for (const match of prose.matchAll(/(?<!\\)<(?:[A-Za-z][A-Za-z0-9-]*|\/[A-Za-z]|!--|\?|![A-Za-z]|!\[CDATA\[)(?=([^\n]{0,40}))/g)) {
    problems.push(`raw HTML or autolink: ${match[0]}${match[1] ?? ''}`);
  }
  return problems;
}

/** Split a Markdown file into its YAML front matter (parsed) and body. */
export function splitFrontMatter(content: string): { properties: unknown; body: string } | undefined {
  const match = /^---\n([\s\S]*?\n)?---\n([\s\S]*)$/.exec(content);
  if (!match) return undefined;
  return { properties: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

/**
 * Problems in a Markdown file's front matter: it must parse, hold exactly `keys`, and give back the
 * clip's title as a plain string (no extra keys, tags, anchors or documents injected through it).
 */
export function frontMatterProblems(content: string, keys: readonly string[], title: string): string[] {
  let parts: ReturnType<typeof splitFrontMatter>;
  try {
    parts = splitFrontMatter(content);
  } catch (error) {
    return [`front matter does not parse: ${String(error)}`];
  }
  if (!parts) return ['no front matter block'];
  const { properties } = parts;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return ['front matter is not a mapping'];
  const problems: string[] = [];
  const found = Object.keys(properties);
  if (found.join(',') !== keys.join(',')) problems.push(`front matter keys ${found.join(',')} ≠ ${keys.join(',')}`);
  const stored: unknown = Reflect.get(properties, 'title');
  if (stored !== title) problems.push(`front matter title ${JSON.stringify(stored)} ≠ ${JSON.stringify(title)}`);
  return problems;
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/** Problems in a relative export path: climbing out, absolute paths, reserved names, invisible tricks. */
export function filenameProblems(path: string): string[] {
  const problems: string[] = [];
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) problems.push('absolute path');
  if (path.includes('\\')) problems.push('backslash');
  if (/[\u0000-\u001f\u007f]/.test(path)) problems.push('control character');
  if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(path)) problems.push('bidi control');
  if (/[<>:"|?*]/.test(path)) problems.push('reserved character');
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') problems.push(`segment "${segment}"`);
    if (/^[\s.]|[\s.]$/.test(segment)) problems.push(`segment "${segment}" starts or ends with a dot or space`);
    if (WINDOWS_DEVICE.test(segment)) problems.push(`reserved device name "${segment}"`);
    if (new TextEncoder().encode(segment).length > 255) problems.push('segment longer than 255 bytes');
  }
  return problems;
}
