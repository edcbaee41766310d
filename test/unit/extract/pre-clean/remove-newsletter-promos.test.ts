import { describe, expect, it } from 'vitest';
import { removeNewsletterPromos } from '../../../../utils/extract/pre-clean/remove-newsletter-promos';
import { page, paragraphs } from '../helpers';

describe('removeNewsletterPromos', () => {
  it('removes newsletter boxes and one-line sign-up promos', () => {
    const doc = page(`${paragraphs(3)}
      <aside class="newsletter-signup"><h3>Get our daily newsletter</h3><form><input type="email"></form></aside>
      <div><h3>Newsletter Nantes</h3><p>Inscrivez-vous à la newsletter.</p></div>
      <p>Click here to subscribe to The Paradigm Newsletter</p>
      <p><strong>뉴스레터를 구독하고 매일 아침 받아보세요</strong></p>`);
    removeNewsletterPromos(doc);
    expect(doc.body.textContent).not.toMatch(/newsletter|Newsletter|뉴스레터/);
    expect(doc.querySelectorAll('p')).toHaveLength(3);
  });

  it('keeps a story paragraph that mentions subscriptions', () => {
    const doc = page(`<p>Subscribers of the service complained that the price of a subscription doubled in a year, the regulator said.</p>`);
    removeNewsletterPromos(doc);
    expect(doc.querySelector('p')).not.toBeNull();
  });
});
