import { describe, expect, it } from 'vitest';
import { clipAllTabs, type BatchProgress } from '../../../utils/capture/clip-all-tabs';
import type { ClipOutcome } from '../../../utils/messages';

describe('clipAllTabs', () => {
  it('clips every clippable tab, skips the others with a reason, and reports progress', async () => {
    const clipped: number[] = [];
    const progress: BatchProgress[] = [];
    const items = await clipAllTabs(
      [
        { id: 1, url: 'https://a.example/story', title: 'A' },
        { id: 2, url: 'chrome://extensions', title: 'Extensions' },
        { id: 3, url: 'https://b.example/story.pdf', title: 'PDF' },
        { id: 4, url: 'https://c.example/story', title: 'C' },
      ],
      async (tabId): Promise<ClipOutcome> => {
        clipped.push(tabId);
        return { ok: false, code: 'empty', message: 'stub outcome for tab ' + tabId };
      },
      (p) => progress.push(p),
      2,
    );
    expect(clipped.sort()).toEqual([1, 4]);
    expect(items).toHaveLength(4);
    const byTab = new Map(items.map((item) => [item.tabId, item.outcome]));
    expect(byTab.get(2)).toMatchObject({ ok: false, code: 'restricted' });
    expect(byTab.get(3)).toMatchObject({ ok: false, code: 'pdf' });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4]);
    expect(progress.at(-1)?.total).toBe(4);
  });

  it('never runs more clips at once than allowed', async () => {
    let running = 0;
    let peak = 0;
    await clipAllTabs(
      Array.from({ length: 7 }, (_, i) => ({ id: i + 1, url: `https://x.example/${i}` })),
      async (): Promise<ClipOutcome> => {
        peak = Math.max(peak, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        return { ok: false, code: 'empty', message: '' };
      },
      undefined,
      3,
    );
    expect(peak).toBe(3);
  });
});
