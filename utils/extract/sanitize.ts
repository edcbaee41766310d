import createDOMPurify, { type DOMPurify } from 'dompurify';
import { isHtmlElement } from './dom-guards';
import { MATHML_ATTRS, MATHML_TAGS, sanitizeMathml, stripForeignInMath } from './sanitize-mathml';

// An explicit allow-list: structure, text semantics, links, images, tables, code, figures and
// MathML presentation markup. No style attributes, no forms or embeds, no event handlers, and only
// http(s)/mailto/tel URLs (data: URLs only for images). Of MathML, the parts that carry other markup
// or act (annotation-xml holds HTML or SVG, maction toggles, mglyph loads an image, malignmark is a
// parser trap) stay out.

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q',
  'cite', 'pre', 'code', 'kbd', 'samp', 'var', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small',
  'sub', 'sup', 'abbr', 'time', 'a', 'img', 'picture', 'figure', 'figcaption', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col', 'div', 'span', 'section', 'article', 'header',
  'details', 'summary', 'ruby', 'rt', 'rp', 'wbr', 'bdi', 'bdo', 'address',
  ...MATHML_TAGS,
];
const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'cite', 'lang', 'dir',
  'start', 'reversed', 'scope', 'headers', 'abbr', 'open', 'class',
  ...MATHML_ATTRS,
];
const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;

interface Purifiers {
  purify: DOMPurify;
  /** For real DOMs: an instance configured once (setConfig) to clean in place. */
  inPlace: DOMPurify | null;
  emulated: boolean;
}

const instances = new WeakMap<object, Purifiers>();

/**
 * DOMPurify reads `nodeName` through `Node.prototype`'s getter. happy-dom (used in Node and unit
 * tests) defines nodeName per subclass and its Node.prototype getter returns '', which would make
 * every element look forbidden. Only for such DOMs, DOMPurify gets a window whose `Node` has a
 * getter that dispatches to the node's own class; browsers get their real window.
 */
function purifyWindow(view: Window): Window {
  // `Node` is not on the Window type, though every window has it.
  const RealNode: typeof Node | undefined = Reflect.get(view, 'Node');
  if (!RealNode) return view;
  const probe = view.document.createElement('p');
  const getter = Object.getOwnPropertyDescriptor(RealNode.prototype, 'nodeName')?.get;
  if (!getter || getter.call(probe) === 'P') return view;
  const PatchedNode = function PatchedNode(): void {};
  PatchedNode.prototype = Object.create(RealNode.prototype, {
    nodeName: {
      get(this: Node): string {
        return this.nodeName;
      },
    },
  });
  Object.defineProperty(PatchedNode, Symbol.hasInstance, { value: (v: unknown) => v instanceof RealNode });
  return new Proxy(view, {
    get: (target, prop) => (prop === 'Node' ? PatchedNode : Reflect.get(target, prop, target)),
  });
}

function withClipHook(purify: DOMPurify): DOMPurify {
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName;
    const value = data.attrValue.trim();
    if (name === 'class') {
      // Only a code block's language class survives (it becomes the Markdown fence's info string).
      const lang = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(value);
      data.keepAttr = Boolean(lang) && (node.nodeName === 'CODE' || node.nodeName === 'PRE');
      if (data.keepAttr && lang) data.attrValue = `language-${lang[1]}`;
      return;
    }
    if (name === 'href' || name === 'src' || name === 'cite') {
      const isImageSrc = name === 'src' && node.nodeName === 'IMG';
      data.keepAttr = SAFE_URL.test(value) || (isImageSrc && SAFE_DATA_IMAGE.test(value));
    }
  });
  return purify;
}

function purifierFor(view: Window): Purifiers {
  const cached = instances.get(view);
  if (cached) return cached;
  const target = purifyWindow(view);
  // DOMPurify's factory type expects the global Window; any window-like with the DOM classes works.
  const create = () => withClipHook(createDOMPurify(target as unknown as Parameters<typeof createDOMPurify>[0]));
  const emulated = target !== view;
  let inPlace: DOMPurify | null = null;
  if (!emulated) {
    // Configured once: DOMPurify otherwise parses the configuration on every call, which cost as
    // much as sanitizing a whole article in Chromium.
    inPlace = create();
    inPlace.setConfig({ ...clipConfig(), IN_PLACE: true });
  }
  const entry = { purify: create(), inPlace, emulated };
  instances.set(view, entry);
  return entry;
}

/** The DOMPurify configuration used for clips (exported for tests). */
export const SANITIZE_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // No ALLOWED_URI_REGEXP: DOMPurify tests every non-URI attribute value against it too, so a
  // scheme-only pattern strips dir="rtl", width="640" or colspan="2". The hook restricts href/src/cite.
  KEEP_CONTENT: true,
  // Text inside controls is UI chrome ("Like", "Share"), never article text.
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option', 'input', 'annotation-xml', 'mglyph', 'malignmark'],
  RETURN_DOM_FRAGMENT: true,
} as const;

/** A fresh copy of the configuration (DOMPurify keeps references to the arrays it is given). */
function clipConfig() {
  return {
    ...SANITIZE_CONFIG,
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR],
    ADD_FORBID_CONTENTS: [...SANITIZE_CONFIG.ADD_FORBID_CONTENTS],
  };
}

const ALLOWED_TAG_SET = new Set(ALLOWED_TAGS);
/** Elements whose content DOMPurify drops with them (its default FORBID_CONTENTS and ours). */
const DROPS_CONTENT = new Set([
  'annotation-xml', 'audio', 'colgroup', 'desc', 'foreignobject', 'head', 'iframe', 'noembed', 'noframes',
  'noscript', 'plaintext', 'script', 'style', 'svg', 'template', 'thead', 'title', 'video', 'xmp',
  ...SANITIZE_CONFIG.ADD_FORBID_CONTENTS,
]);

/**
 * Unwraps, in `root`, the elements DOMPurify would unwrap anyway (tags outside the allow-list whose
 * content it keeps). On happy-dom every node DOMPurify removes ends its pass, so a long page with
 * thousands of layout wrappers took thousands of passes (seconds and a gigabyte for a 1 MB page);
 * unwrapped first, DOMPurify has almost nothing left to remove and settles in a pass or two.
 */
function unwrapDisallowed(root: Element): void {
  // (Unwrapping keeps the children in place; DOMPurify's KEEP_CONTENT does the same.)
  const all = root.getElementsByTagName('*');
  const unwrap: Element[] = [];
  const drop: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el) continue;
    const name = el.localName.toLowerCase();
    if (ALLOWED_TAG_SET.has(name)) continue;
    if (DROPS_CONTENT.has(name)) drop.push(el);
    else if (!el.closest('svg, math, template')) unwrap.push(el);
  }
  // Comments and content-dropping elements go with what they hold, as DOMPurify would remove them.
  const comments: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 128);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const node of comments) node.parentNode?.removeChild(node);
  for (const el of drop) if (root.contains(el)) el.remove();
  // Innermost first: an unwrapped element's children are already final.
  for (let i = unwrap.length - 1; i >= 0; i--) {
    const el = unwrap[i];
    if (el) el.replaceWith(...el.childNodes);
  }
}

/**
 * Sanitizes `root` with the clip allow-list and returns the result (a `<div>` in an inert document).
 * Browsers sanitize in place; happy-dom goes through a string (in-place sanitizing trips DOMPurify's
 * mutation guard there).
 */
export function sanitizeElement(root: Element, view: Window): HTMLElement {
  const { purify, inPlace, emulated } = purifierFor(view);
  const config = clipConfig();
  if (inPlace && root.nodeName === 'DIV') {
    // Real DOMs sanitize the copy where it is: no serialize/parse round trip (it lives in the inert
    // cloned document, so no image starts loading).
    inPlace.sanitize(root);
    stripForeignInMath(root);
    if (isHtmlElement(root)) return root;
  }
  // happy-dom parses MathML into the HTML namespace, where DOMPurify (rightly) removes it: there,
  // formulas are set aside, cleaned on their own by the same allow-list, and put back afterwards.
  const formulas = emulated ? setAsideMath(root) : null;
  if (emulated) unwrapDisallowed(root);
  let fragment = purify.sanitize(root.innerHTML, config);
  if (emulated) {
    // happy-dom's NodeIterator stops after DOMPurify removes a node, leaving the rest unvisited.
    // Sanitizing again until nothing changes reaches the result a real DOM gives in one pass.
    let html = root.innerHTML;
    for (let pass = 0; pass < 100; pass++) {
      const holder = fragment.ownerDocument.createElement('div');
      holder.append(fragment);
      const next = holder.innerHTML;
      fragment = purify.sanitize(next, config);
      if (next === html) break;
      html = next;
    }
  }
  // Stay in DOMPurify's inert document: adopting <img> into the live page would start loading images.
  const out = (fragment.ownerDocument ?? view.document).createElement('div');
  out.append(fragment);
  if (formulas) putBackMath(out, formulas);
  stripForeignInMath(out);
  return out;
}

/** Formulas set aside under a per-call marker (a page cannot guess it to place copies). */
interface SetAside {
  marker: string;
  formulas: Element[];
}

function setAsideMath(root: Element): SetAside {
  const marker = `gleaner-math-${Math.random().toString(36).slice(2)}`;
  const formulas: Element[] = [];
  for (const math of [...root.getElementsByTagName('math')]) {
    if (!root.contains(math) || math.parentElement?.closest('math')) continue;
    const holder = root.ownerDocument.createElement('var');
    holder.setAttribute('title', `${marker}:${formulas.length}`);
    formulas.push(sanitizeMathml(math));
    math.replaceWith(holder);
  }
  return { marker, formulas };
}

function putBackMath(out: Element, aside: SetAside): void {
  for (const holder of [...out.getElementsByTagName('var')]) {
    const [marker, index] = (holder.getAttribute('title') ?? '').split(':');
    const math = marker === aside.marker ? aside.formulas[Number(index)] : undefined;
    if (math) holder.replaceWith(out.ownerDocument.importNode(math, true));
  }
}
