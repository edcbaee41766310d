import { describe, expect, it } from 'vitest';
import { removeAds } from '../../../../utils/extract/pre-clean/remove-ads';
import { page, paragraphs } from '../helpers';

describe('removeAds', () => {
  it('removes AdSense, GPT slots, ad iframes and labelled ad boxes inside the story', () => {
    const doc = page(`<article>${paragraphs(2)}
      <div class="ad_inline"><ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins></div>
      <div id="div-gpt-ad-123-0"></div>
      <iframe src="https://ads.example.net/frame"></iframe>
      <div><span>광고</span></div>
      ${paragraphs(2, 'More')}</article>`);
    removeAds(doc);
    expect(doc.querySelector('ins, iframe, [id^="div-gpt-ad"], .ad_inline')).toBeNull();
    expect(doc.body.textContent).not.toContain('광고');
    expect(doc.querySelectorAll('p')).toHaveLength(4);
  });

  it('keeps video embeds and story containers whose names merely contain "ad"', () => {
    const doc = page(`<div id="CmAdContent">${'이것은 기사 본문입니다. '.repeat(80)}</div><iframe src="https://www.youtube.com/embed/x"></iframe>`);
    removeAds(doc);
    expect(doc.getElementById('CmAdContent')).not.toBeNull();
    expect(doc.querySelector('iframe')).not.toBeNull();
  });
});
