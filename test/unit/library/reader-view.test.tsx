import { describe, expect, it, vi } from 'vitest';
import { NOTE_SAVE_DELAY_MS } from '../../../components/library/NoteEditor';
import { type ReaderActions, ReaderView, safeHref } from '../../../components/library/ReaderView';
import { saveClip } from '../../../utils/db/clips';
import { setClipTags } from '../../../utils/db/tags';
import { makeDraft } from '../helpers/draft';
import { useFreshDb } from '../helpers/fresh-db';
import { click, mount, settle, typeInto, until, useLibraryBrowser } from './helpers';

function actions(overrides: Partial<ReaderActions> = {}): ReaderActions {
  return {
    setTags: vi.fn(async () => undefined),
    setNote: vi.fn(async () => undefined),
    delete: vi.fn(),
    close: vi.fn(),
    setStatus: vi.fn(async () => undefined),
    setFavorite: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('ReaderView', () => {
  useFreshDb();
  useLibraryBrowser();

  it('shows the clip: title, byline, date, original link and the sanitized body', async () => {
    const { clip } = await saveClip(makeDraft({ html: '<p>본문 <img src="x" onerror="window.canary=1"></p>', url: 'https://news.example.com/a/1' }));
    const view = mount(<ReaderView clipId={clip.id} actions={actions()} />);
    await until(() => expect(view.get('reader').dataset.state).toBe('ready'));
    expect(view.get('reader-title').textContent).toBe('성동구, 10년 연속 일자리대상');
    expect(view.get('reader-title').getAttribute('dir')).toBe('auto');
    expect(view.get('reader-byline').textContent).toBe('윤만형');
    expect(view.get('reader-original').getAttribute('href')).toBe('https://news.example.com/a/1');
    expect(view.get('reader-original').getAttribute('rel')).toBe('noopener noreferrer');
    expect(view.root.querySelector('time')?.textContent).toMatch(/2024/);
    expect(view.get('reader-body').textContent).toContain('본문');
    expect(document.activeElement).toBe(view.get('reader-title'));
    view.unmount();
  });

  it('never turns a javascript: URL into a link', async () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('https://example.com/a b')).toBe('https://example.com/a%20b');
  });

  it('renders a hostile title as text', async () => {
    const { clip } = await saveClip(makeDraft({ title: '<img src=x onerror="window.canary=1">' }));
    const view = mount(<ReaderView clipId={clip.id} actions={actions()} />);
    await until(() => expect(view.get('reader').dataset.state).toBe('ready'));
    expect(view.get('reader-title').textContent).toBe('<img src=x onerror="window.canary=1">');
    expect(view.get('reader-title').querySelector('img')).toBeNull();
    view.unmount();
  });

  it('follows live changes to the clip (tags set elsewhere)', async () => {
    const { clip } = await saveClip(makeDraft());
    const view = mount(<ReaderView clipId={clip.id} actions={actions()} />);
    await until(() => expect(view.get('reader').dataset.state).toBe('ready'));
    await setClipTags(clip.id, ['정책', 'Seoul']);
    await until(() => expect(view.all('tag-chip').map((chip) => chip.textContent?.replace('×', ''))).toEqual(['정책', 'Seoul']));
    view.unmount();
  });

  it('saves the note after typing pauses, once, with the last text', async () => {
    const { clip } = await saveClip(makeDraft());
    const setNote = vi.fn(async () => undefined);
    const view = mount(<ReaderView clipId={clip.id} actions={actions({ setNote })} />);
    await until(() => expect(view.get('reader').dataset.state).toBe('ready'));
    const note = view.get<HTMLTextAreaElement>('reader-note');
    typeInto(note, '메');
    typeInto(note, '메모입니다');
    expect(setNote).not.toHaveBeenCalled();
    await settle(NOTE_SAVE_DELAY_MS + 50);
    expect(setNote).toHaveBeenCalledTimes(1);
    expect(setNote).toHaveBeenCalledWith(clip.id, '메모입니다');
    expect(view.get('reader-note-status').dataset.state).toBe('saved');
    view.unmount();
  });

  it('writes a pending note when the reader closes', async () => {
    const { clip } = await saveClip(makeDraft());
    const setNote = vi.fn(async () => undefined);
    const view = mount(<ReaderView clipId={clip.id} actions={actions({ setNote })} />);
    await until(() => expect(view.get('reader').dataset.state).toBe('ready'));
    typeInto(view.get<HTMLTextAreaElement>('reader-note'), 'half-typed');
    view.unmount();
    expect(setNote).toHaveBeenCalledWith(clip.id, 'half-typed');
  });

  it('adds a tag through the tag editor and asks to delete and close', async () => {
    const { clip } = await saveClip(makeDraft());
    const spy = actions();
    const view = mount(<ReaderView clipId={clip.id} actions={spy} />);
    await until(() => expect(view.get('reader').dataset.state).toBe('ready'));
    const input = view.get<HTMLInputElement>('tag-input');
    typeInto(input, '기후');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(spy.setTags).toHaveBeenCalledWith(clip.id, ['기후']);
    click(view.get('reader-delete'));
    expect(spy.delete).toHaveBeenCalledWith(expect.objectContaining({ id: clip.id }));
    click(view.get('reader-close'));
    expect(spy.close).toHaveBeenCalled();
    view.unmount();
  });

  it('says so when the clip does not exist', async () => {
    const view = mount(<ReaderView clipId={999} actions={actions()} />);
    await until(() => expect(view.get('reader').dataset.state).toBe('missing'));
    expect(view.root.textContent).toContain('no longer in your library');
    view.unmount();
  });
});
