import { describe, expect, it } from 'vitest';
import { removePaywallPromos } from '../../../../utils/extract/pre-clean/remove-paywall-promos';
import { page, paragraphs } from '../helpers';

describe('removePaywallPromos', () => {
  it('removes paywall teasers (also named by data attributes) and app promos', () => {
    const doc = page(`${paragraphs(3)}
      <div class="db-plus-teaser" data-area="paywall_promo"><p>jetzt 1 Monat für 1 € testen</p></div>
      <div class="app-download"><a>앱 다운로드</a></div>
      <p>CLICK HERE TO GET THE FOX NEWS APP</p>`);
    removePaywallPromos(doc);
    expect(doc.body.textContent).not.toMatch(/1 Monat|앱 다운로드|FOX NEWS APP/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });
});
