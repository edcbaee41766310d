// The one function the Firefox driver runs inside pages: resolve a Playwright-style locator chain
// to elements, then read or change the one (or all) it matched. Self-contained, because puppeteer
// sends its source text to the page.

/** One link of a locator chain. */
export type Step =
  | { css: string }
  | { hasText: string }
  | { hasTextPattern: { source: string; flags: string } }
  | { nth: number };

/** What to do with the matched elements (`all*` ops read every match; the rest need exactly one). */
export type Op =
  | 'count'
  | 'allTexts'
  | 'text'
  | 'html'
  | 'value'
  | 'attr'
  | 'disabled'
  | 'checked'
  | 'visible'
  | 'focus'
  | 'blur'
  | 'fill'
  | 'select'
  | 'point';

/** Matches, and the op's result when exactly one element matched (or for `count`/`allTexts`). */
export interface InPageResult {
  matches: number;
  value: unknown;
  /** Whether the single match can take input now (visible, enabled). */
  actionable: boolean;
}

/** Runs in the page: resolve `steps` from the document and apply `op`. */
export function inPage(steps: Step[], op: Op, arg: unknown): InPageResult {
  const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
  let found: Element[] = [document.documentElement];
  let roots = true;
  for (const step of steps) {
    if ('css' in step) {
      const next = new Set<Element>();
      for (const root of found) {
        const scope: ParentNode = roots ? document : root;
        for (const el of Array.from(scope.querySelectorAll(step.css))) next.add(el);
      }
      found = [...next];
      roots = false;
    } else if ('hasText' in step) {
      const wanted = normalize(step.hasText).toLowerCase();
      found = found.filter((el) => normalize(el.textContent ?? '').toLowerCase().includes(wanted));
    } else if ('hasTextPattern' in step) {
      const pattern = new RegExp(step.hasTextPattern.source, step.hasTextPattern.flags);
      found = found.filter((el) => pattern.test(normalize(el.textContent ?? '')));
    } else {
      const el = step.nth < 0 ? found[found.length + step.nth] : found[step.nth];
      found = el ? [el] : [];
    }
  }
  if (op === 'count') return { matches: found.length, value: found.length, actionable: false };
  if (op === 'allTexts') return { matches: found.length, value: found.map((el) => el.textContent ?? ''), actionable: false };
  const el = found[0];
  if (found.length !== 1 || !el) return { matches: found.length, value: null, actionable: false };
  const style = getComputedStyle(el);
  const visible = el.getClientRects().length > 0 && style.visibility !== 'hidden';
  const disabled = 'disabled' in el && el.disabled === true;
  const actionable = visible && !disabled;
  const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? el : undefined;
  let value: unknown = null;
  switch (op) {
    case 'text':
      value = el.textContent;
      break;
    case 'html':
      value = el.innerHTML;
      break;
    case 'value':
      value = field ? field.value : null;
      break;
    case 'attr':
      value = el.getAttribute(String(arg));
      break;
    case 'disabled':
      value = disabled;
      break;
    case 'checked':
      value = el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';
      break;
    case 'visible':
      value = visible;
      break;
    case 'focus':
      if (el instanceof HTMLElement) el.focus();
      break;
    case 'blur':
      if (el instanceof HTMLElement) el.blur();
      break;
    case 'fill': {
      if (!actionable) break;
      if (el instanceof HTMLElement) el.focus();
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        // The prototype's setter, as typing would, so frameworks tracking the value see a change.
        const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, String(arg));
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(arg) }));
        value = true;
      } else if (el instanceof HTMLElement && el.isContentEditable) {
        el.textContent = String(arg);
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: String(arg) }));
        value = true;
      }
      break;
    }
    case 'select': {
      if (!(el instanceof HTMLSelectElement) || !actionable) break;
      const option = Array.from(el.options).find((o) => o.value === String(arg) || o.label === String(arg));
      if (!option) break;
      el.value = option.value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      value = option.value;
      break;
    }
    case 'point': {
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const rect = el.getBoundingClientRect();
      value = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      break;
    }
  }
  return { matches: 1, value, actionable };
}
