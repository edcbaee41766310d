import { describe, expect, it } from 'vitest';
import { removeCopyrightNotices } from '../../../../utils/extract/pre-clean/remove-copyright-notices';
import { page, paragraphs } from '../helpers';

describe('removeCopyrightNotices', () => {
  it('removes copyright components and stand-alone CJK reproduction bans', () => {
    const doc = page(`${paragraphs(3)}
      <div class="view-copyright">저작권자 © 다온일보 무단전재 및 재배포 금지</div>
      <p>&lt;저작권자 ⓒ 서린경제, 무단 전재 및 재배포 금지&gt;</p>
      <p class="Component-copyright">Copyright 2024 Wire. All rights reserved.</p>
      <p>無断転載禁止</p>`);
    expect(removeCopyrightNotices(doc)).toBe(4);
    expect(doc.body.textContent).not.toMatch(/무단|Copyright|転載/);
  });

  it('keeps an English notice written as a paragraph of wire copy', () => {
    const doc = page(`${paragraphs(3)}<p><em>© 2019 Associated Press. All Rights Reserved.</em></p>`);
    removeCopyrightNotices(doc);
    expect(doc.body.textContent).toContain('Associated Press. All Rights Reserved');
  });
});
