/** Shop signals: product pages have price metadata, carts and "buy" buttons. */
export interface CommerceSignal {
  /** Product price metadata (og/product meta, microdata). */
  priceMeta: boolean;
  /** Add-to-cart / buy controls. */
  cart: boolean;
}

const CART_FORM = 'form[action*="cart" i], form[action*="basket" i], form[action*="checkout" i]';
const CART_TEXT = /add to (cart|bag|basket)|buy now|in den warenkorb|ajouter au panier|장바구니|カートに入れる|加入购物车|加入購物車/i;

/** Look for price metadata and cart controls. */
export function commerceSignal(doc: Document): CommerceSignal {
  const priceMeta =
    doc.querySelector('meta[property="product:price:amount" i], meta[property="og:price:amount" i], [itemprop="price"]') !== null;
  let cart = doc.querySelector(CART_FORM) !== null;
  if (!cart) {
    for (const control of doc.querySelectorAll('button, input[type="submit" i], a[role="button" i]')) {
      const label = control.textContent || control.getAttribute('value') || '';
      if (label.length < 40 && CART_TEXT.test(label)) {
        cart = true;
        break;
      }
    }
  }
  return { priceMeta, cart };
}
