import { describe, expect, it, vi } from 'vitest';
import { handlers } from '../../../utils/background/handlers';
import { dispatch, isMessage, type HandlerMap } from '../../../utils/messaging';

function handlerMap(overrides: Partial<HandlerMap> = {}): HandlerMap {
  // The real map, so the test covers every message name; the cases replace the handlers they call.
  return { ...handlers, ...overrides };
}

describe('messaging', () => {
  it('recognises only known message names with a payload', () => {
    const handlers = handlerMap();
    expect(isMessage({ type: 'deleteClip', payload: { id: 1 } }, handlers)).toBe(true);
    expect(isMessage({ type: 'dropDatabase', payload: {} }, handlers)).toBe(false);
    expect(isMessage({ type: 'toString', payload: {} }, handlers)).toBe(false);
    expect(isMessage({ type: 'deleteClip' }, handlers)).toBe(false);
    expect(isMessage('deleteClip', handlers)).toBe(false);
  });

  it('routes a message to its handler with the sender context', async () => {
    const deleteClip = vi.fn(async ({ id }: { id: number }) => id === 7);
    const reply = await dispatch(handlerMap({ deleteClip }), { type: 'deleteClip', payload: { id: 7 } }, { tabId: 3 });
    expect(reply).toEqual({ ok: true, value: true });
    expect(deleteClip).toHaveBeenCalledWith({ id: 7 }, { tabId: 3 });
  });

  it('turns a handler failure into an error reply', async () => {
    const reply = await dispatch(
      handlerMap({ setTags: () => Promise.reject(new Error('No clip with id 9')) }),
      { type: 'setTags', payload: { id: 9, tags: [] } },
      {},
    );
    expect(reply).toEqual({ ok: false, error: 'No clip with id 9' });
  });
});
