import { describe, expect, it } from 'vitest';
import { ENVELOPE_TAG, type WireReply } from '../../../core/messages/protocol';
import type { SenderInfo } from '../../../core/messages/sender';
import { createBackgroundRoute } from '../../../entrypoints/background/router';
import { CONTENT_SCRIPT, EXTENSION, inTransit, KEY, ORDER_URL, POPUP, setup } from './helpers';

// `order.history`: what the evidence pack needs beside `order.get` (its first sighting and its
// history rows), for extension pages only.

describe('order.history', () => {
  it('answers the first sighting and the later changes, oldest first; null for an unknown order', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    const route = createBackgroundRoute(env.deps, EXTENSION);
    const send = async (type: string, payload: unknown, sender: SenderInfo = POPUP) =>
      (await route({ tag: ENVELOPE_TAG, type, payload }, sender)) as WireReply;
    const reading = (o: unknown) => ({ url: ORDER_URL, reading: { order: o, missing: [] } });
    await send('reading.store', reading(inTransit('2026-03-06', '2026-03-10')), CONTENT_SCRIPT);
    env.time.set('2026-03-21T09:00:00.000Z');
    await send('reading.store', reading(inTransit('2026-03-06', '2026-03-12')), CONTENT_SCRIPT);

    const reply = await send('order.history', { key: KEY });
    expect(reply).toMatchObject({
      ok: true,
      value: {
        key: KEY,
        firstSeen: { at: '2026-03-20T09:00:00.000Z', source: 'page' },
        history: [
          {
            at: '2026-03-21T09:00:00.000Z',
            source: 'page',
            changes: [expect.objectContaining({ from: '2026-03-10', to: '2026-03-12' })],
          },
        ],
      },
    });
    expect(await send('order.history', { key: '-/FR/none' })).toEqual({ ok: true, value: null });
    // A content script may not read it, even for its own order.
    const refused = await send('order.history', { key: KEY }, CONTENT_SCRIPT);
    expect(refused.ok).toBe(false);
  });
});
