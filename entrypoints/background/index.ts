// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../../core/zod-config';
import { browser } from 'wxt/browser';
import { isExtensionPage } from '../../core/messages/sender';
import { clearStagedRestore } from './dashboard-handlers';
import { McfDeskDb } from './db';
import type { HandlerDeps } from './handlers';
import { browserPlatform, DIGEST_ALARM, ensurePeriodicAlarms, REVIEW_ALARM, SAFETY_ALARM } from './platform';
import { createBackgroundRoute } from './router';
import { createBackground } from './service';
import { reassessAll, recountAttention, storeObservations } from './store';
import { createPendingPrefills } from './support-prefills';
import { createTabOrders } from './tab-orders';

export default defineBackground(() => {
  const db = new McfDeskDb();
  // A restore whose slices were staged by a previous run of the worker never completed (its page
  // sends them back to back): drop them. Queued before any message's transaction, so a restore
  // that wakes the worker with its first slice is not affected; a later slice of a dropped
  // restore is refused, and the live data was never touched.
  void logFailure(clearStagedRestore(db));
  const now = () => new Date();
  const own = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  const background = createBackground({ db, now, platform: browserPlatform });
  const deps: HandlerDeps = {
    db,
    now,
    background,
    isExtensionPage: (sender) => isExtensionPage(sender, own),
    // Which orders each tab showed, kept across restarts of the worker (Firefox before 115 has no
    // session storage: memory only there).
    tabOrders: createTabOrders(browser.storage.session),
    // The contact-page tabs of the case prefill: the text waits in session storage too.
    support: {
      prefills: createPendingPrefills(browser.storage.session),
      openTab: async (url) => (await browser.tabs.create({ url })).id,
    },
  };
  // Every message with its sender rule: entrypoints/background/router.ts.
  const route = createBackgroundRoute(deps, own);

  // Listeners are registered synchronously, before any await: MV3 delivers the event that woke
  // the worker only to listeners present at the end of the first run of this function.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REVIEW_ALARM || alarm.name === SAFETY_ALARM) void logFailure(background.tick());
    else if (alarm.name === DIGEST_ALARM) void logFailure(background.digest());
  });
  // After an install or update, rebuild the badge counters from the indexes once.
  browser.runtime.onInstalled.addListener(() => {
    void logFailure(recountAttention(db).then(() => background.refreshBadge()));
  });
  browser.notifications.onClicked.addListener((id) => {
    void logFailure(
      (async () => {
        const target = await background.notificationTarget(id);
        if (target === null) return;
        await browser.tabs.create({
          url: target === 'popup' ? browser.runtime.getURL('/popup.html') : target,
        });
        await browser.notifications.clear(id);
      })(),
    );
  });

  // Each start: the periodic alarms exist, due orders are reviewed, the badge is right.
  void logFailure(ensurePeriodicAlarms().then(() => background.tick()));

  if (import.meta.env.MODE === 'bench') {
    // Benchmark builds only (`wxt build --mode bench`): lets the Chromium bench drive the worker.
    Object.assign(globalThis, {
      __mcfDeskBench: { db, background, storeObservations, reassessAll },
    });
  }
});

async function logFailure(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch (error) {
    console.error('[mcf-desk background]', error);
  }
}
