/** Form signals: login/sign-up pages ask for passwords; app pages are full of inputs. */
export interface FormSignal {
  password: boolean;
  /** Text-like inputs, selects and text areas outside the header and nav. */
  inputs: number;
}

/** Count password fields and form inputs. */
export function formSignal(doc: Document): FormSignal {
  const password = doc.querySelector('input[type="password" i]') !== null;
  let inputs = 0;
  for (const input of doc.querySelectorAll('body input:not([type="hidden" i]), body select, body textarea')) {
    if (input.closest('header, nav') === null) inputs++;
  }
  return { password, inputs };
}
