/** Form signals: login/sign-up pages ask for passwords; app pages are full of inputs. */
export interface FormSignal {
  /** A password field in the page itself, not in the header, navigation or a modal. */
  login: boolean;
  /** Text-like inputs, selects and text areas outside the header and nav. */
  inputs: number;
}

// Many article pages carry a hidden sign-in modal; only a password field in the page body counts.
const OVERLAY = 'header, nav, dialog, [role="dialog"], [aria-hidden="true"], [hidden], [class*="modal" i], [class*="popup" i]';

/** Detect a login form and count form inputs. */
export function formSignal(doc: Document): FormSignal {
  let login = false;
  for (const field of doc.querySelectorAll('input[type="password" i]')) {
    // Guest comment forms (common on Korean and Japanese blogs) ask for a password too, beside a textarea.
    const form = field.closest('form');
    if (field.closest(OVERLAY) === null && form?.querySelector('textarea') == null) {
      login = true;
      break;
    }
  }
  let inputs = 0;
  for (const input of doc.querySelectorAll('body input:not([type="hidden" i]), body select, body textarea')) {
    if (input.closest('header, nav') === null) inputs++;
  }
  return { login, inputs };
}
