import { describe, expect, it } from 'vitest';
import { canonicalUrl, isAmpUrl, normalizeUrl } from '../../../utils/extract/canonical-url';
import { page } from './helpers';

describe('canonical URL', () => {
  it('drops tracking parameters and fragments, keeps content parameters', () => {
    expect(normalizeUrl('https://a.com/news/view.php?idx=81234&utm_source=fb&fbclid=x#top')).toBe('https://a.com/news/view.php?idx=81234');
    expect(normalizeUrl('https://a.com:443/a?gclid=1&page=2')).toBe('https://a.com/a?page=2');
  });

  it('prefers the declared canonical, ignoring a front-page canonical on an article', () => {
    const declared = page('', '<link rel="canonical" href="/article/527/0001234567">');
    expect(canonicalUrl(declared, 'https://n.news.example.com/mnews/article/527/0001234567?sid=103')).toBe('https://n.news.example.com/article/527/0001234567');
    const frontPage = page('', '<link rel="canonical" href="https://www.example.com/">');
    expect(canonicalUrl(frontPage, 'https://www.example.com/news/view.php?idx=1')).toBe('https://www.example.com/news/view.php?idx=1');
  });

  it('maps AMP pages to their canonical page', () => {
    expect(isAmpUrl('https://www.example.com/amp/news/1')).toBe(true);
    const amp = page('', '<link rel="canonical" href="https://www.example.com/news/1">');
    expect(canonicalUrl(amp, 'https://www.example.com/amp/news/1')).toBe('https://www.example.com/news/1');
    expect(canonicalUrl(page(''), 'https://amp.example.com/news/1.amp.html')).toBe('https://www.example.com/news/1.html');
  });
});
