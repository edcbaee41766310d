import { describe, expect, it } from 'vitest';
import { removeConsentDialogs } from '../../../../utils/extract/pre-clean/remove-consent-dialogs';
import { page, paragraphs } from '../helpers';

describe('removeConsentDialogs', () => {
  it('removes cookie banners, dialogs and modals', () => {
    const doc = page(`${paragraphs(3)}
      <div id="onetrust-banner">We use cookies to improve your experience.</div>
      <div role="dialog" aria-modal="true"><p>Sign in to continue</p></div>
      <div><p>Nous utilisons des cookies pour mesurer l'audience.</p></div>`);
    removeConsentDialogs(doc);
    expect(doc.body.textContent).not.toMatch(/cookies|Sign in/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});
