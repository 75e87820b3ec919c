import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../entrypoints/background/db';
import { createBackground } from '../../../entrypoints/background/service';
import { countAttention, storeObservations } from '../../../entrypoints/background/store';
import { badge, CONTENT_SCRIPT, inTransit, KEY, ORDER_URL, POPUP, setup } from './helpers';

// MV3 stops the worker whenever it likes: between two transactions, or between a commit and
// `notifications.create`. A failing write stands for the stop here: whatever was committed
// before it must be a state the next wake-up can finish from.

type Env = ReturnType<typeof setup>;

/**
 * Makes every write to `table` after the first `pass` fail (as if the worker stopped there) until
 * the returned undo. An order's assessment is written with its row: failing the row's write after
 * the observation's own stops the re-assessment.
 */
function failWrites(env: Env, table: string, pass = 0): () => void {
  let seen = 0;
  const fail = () => {
    if (++seen > pass) throw new Error('worker stopped');
  };
  const t = env.db.table(table);
  t.hook('creating', fail);
  t.hook('updating', fail);
  return () => {
    t.hook('creating').unsubscribe(fail);
    t.hook('updating').unsubscribe(fail);
  };
}

async function storeLost(env: Env) {
  await env.handlers['reading.store'](
    { url: ORDER_URL, reading: { order: inTransit('2026-03-06', '2026-03-10'), missing: [] } },
    CONTENT_SCRIPT,
  );
}

describe('a write and its re-assessment are one transaction', () => {
  it('snooze and dismiss: a stop during the re-assessment leaves no mute behind a stale assessment', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    await storeLost(env);
    const assessed = await env.db.orders.get(KEY);
    const undo = failWrites(env, 'orders');
    await expect(env.handlers['finding.dismiss']({ key: KEY, kind: 'lost-claimable' }, {})).rejects.toThrow();
    await expect(
      env.handlers['finding.snooze']({ key: KEY, kind: 'lost-claimable', until: '2026-03-22T09:00:00Z' }, {}),
    ).rejects.toThrow();
    undo();
    expect(await env.db.mutes.count()).toBe(0);
    expect(await env.db.orders.get(KEY)).toEqual(assessed);
    // Done again, it takes.
    await env.handlers['finding.dismiss']({ key: KEY, kind: 'lost-claimable' }, {});
    expect((await countAttention(env.db)).action).toBe(0);
  });

  it('unmute: a stop during the re-assessment keeps the mute, matching the assessment', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    await storeLost(env);
    await env.handlers['finding.dismiss']({ key: KEY, kind: 'lost-claimable' }, {});
    const undo = failWrites(env, 'orders');
    await expect(env.handlers['finding.unmute']({ key: KEY, kind: 'lost-claimable' }, {})).rejects.toThrow();
    undo();
    expect(await env.db.mutes.count()).toBe(1);
    expect((await countAttention(env.db)).action).toBe(0);
  });

  it('typed fields: a stop during the re-assessment leaves the order, its history and its assessment as they were', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    await storeLost(env);
    const [order, history] = [await env.db.orders.get(KEY), await env.db.history.count()];
    // The typed values are written (first write of the row), the re-assessment's write fails.
    const undo = failWrites(env, 'orders', 1);
    await expect(
      env.handlers['order.setUserFields'](
        { key: KEY, fields: [{ path: 'shipments.0.packages.0.currentStatus', value: 'DELIVERED' }] },
        {},
      ),
    ).rejects.toThrow();
    undo();
    expect(await env.db.orders.get(KEY)).toEqual(order);
    expect(await env.db.history.count()).toBe(history);
  });

  it('settings: saved together with the request to re-assess every order, which a later tick resumes', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    await storeLost(env);
    expect((await countAttention(env.db)).action).toBe(1);
    // Stopped before the request to re-assess is written: the settings are not saved either.
    let undo = failWrites(env, 'meta');
    await expect(env.handlers['settings.update']({ claimWindowDays: 9 }, POPUP)).rejects.toThrow();
    undo();
    expect((await loadSettings(env.db)).claimWindowDays).toBe(90);
    // Stopped during the re-assessment: saved, and the next tick finishes the job (D + 10 is
    // past a 9-day claim window).
    undo = failWrites(env, 'orders');
    await expect(env.handlers['settings.update']({ claimWindowDays: 9 }, POPUP)).rejects.toThrow();
    undo();
    expect((await loadSettings(env.db)).claimWindowDays).toBe(9);
    expect((await countAttention(env.db)).action).toBe(1);
    await env.background.tick();
    expect((await countAttention(env.db)).action).toBe(0);
  });
});

describe('a notification is marked shown only once shown', () => {
  it('a worker stopped between the commit and notifications.create shows it on its next start, once', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    // The write commits; the worker stops before `afterWrite`.
    await storeObservations(env.db, [inTransit('2026-03-06', '2026-03-10')], 'page', env.time.now());
    expect(env.notifications).toEqual([]);
    const restarted = createBackground({ db: env.db, now: env.time.now, platform: env.platform });
    await Promise.all([restarted.tick(), restarted.tick()]);
    expect(env.notifications.map((n) => n.id)).toEqual([`mcf-desk:order:lost-claimable:${KEY}`]);
    await restarted.tick();
    await storeLost(env);
    expect(env.notifications).toHaveLength(1);
    expect((await badge()).text).toBe('1');
  });

  it('a notifications.create that never resolved is retried on the next tick', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    const notify = env.platform.notify;
    env.platform.notify = async () => {
      throw new Error('worker stopped');
    };
    await expect(storeLost(env)).rejects.toThrow('worker stopped');
    env.platform.notify = notify;
    expect(env.notifications).toEqual([]);
    await env.background.tick();
    expect(env.notifications).toHaveLength(1);
    await env.background.tick();
    expect(env.notifications).toHaveLength(1);
  });

  it('the daily digest: one cut short is shown on the next tick, then never again', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    await env.handlers['settings.update']({ notifications: 'digest' }, POPUP);
    const orders = ['402-0000000-0000001', '402-0000000-0000002'].map((id) =>
      inTransit('2026-03-06', '2026-03-10', id),
    );
    await storeObservations(env.db, orders, 'report', env.time.now());
    await env.background.afterWrite();
    await env.background.tick();
    expect(env.notifications).toEqual([]);
    const notify = env.platform.notify;
    env.platform.notify = async () => {
      throw new Error('worker stopped');
    };
    await expect(env.background.digest()).rejects.toThrow('worker stopped');
    env.platform.notify = notify;
    await env.background.tick();
    expect(env.notifications.map((n) => n.title)).toEqual(['2 commandes demandent une action']);
    expect(await env.background.digest()).toBe(0);
    await env.background.tick();
    expect(env.notifications).toHaveLength(1);
  });

  it('notifications turned off: pending ones are dropped, not shown', async () => {
    const env = setup('2026-03-20T09:00:00.000Z');
    await storeObservations(env.db, [inTransit('2026-03-06', '2026-03-10')], 'page', env.time.now());
    await env.handlers['settings.update']({ notifications: 'off' }, POPUP);
    await env.background.tick();
    await env.handlers['settings.update']({ notifications: 'each' }, POPUP);
    await env.background.tick();
    expect(env.notifications).toEqual([]);
  });
});

describe('source precedence in the store', () => {
  it('a report imported after a page visit does not move the EDD, so D + 8 stays where the page put it', async () => {
    const env = setup('2026-03-13T09:00:00.000Z');
    await storeObservations(env.db, [inTransit('2026-03-06', '2026-03-10')], 'page', env.time.now());
    const review = (await env.db.orders.get(KEY))?.nextReviewAt;
    expect(review).toBe('2026-03-17T23:00:00.000Z');
    env.time.set('2026-03-14T09:00:00.000Z');
    const result = await storeObservations(
      env.db,
      [inTransit('2026-03-06', '2026-03-05')],
      'report',
      env.time.now(),
    );
    expect(result).toMatchObject({ unchanged: 1 });
    expect((await env.db.orders.get(KEY))?.order.shipments[0]?.estimatedArrivalDate).toBe('2026-03-10');
    expect((await env.db.orders.get(KEY))?.nextReviewAt).toBe(review);
  });
});
