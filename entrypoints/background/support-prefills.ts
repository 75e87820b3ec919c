import type { PendingPrefill } from '../../core/messages/support';
import type { SessionArea } from './tab-orders';

// The case texts waiting for the contact-page tabs the background opened (issue 15 item 7): one
// per tab id, with the host it was opened on. Kept in `storage.session` when there is one, so a
// worker stopped while Seller Central loads still hands the text over (cleared when the browser
// closes; content scripts cannot read it). Given once; stale after a while, so that a tab used
// for something else later is not filled; bounded.

/** A contact page that has not asked within this time will not be filled. */
export const PREFILL_TTL_MS = 10 * 60_000;
/** Tabs remembered at most; the oldest go first. */
export const MAX_PENDING = 20;

const STORAGE_KEY = 'mcf-desk:support-prefills';

interface Pending {
  host: string;
  at: number;
  prefill: PendingPrefill;
}
type Memory = Record<string, Pending>;

export interface PendingPrefills {
  put(tabId: number, host: string, prefill: PendingPrefill): Promise<void>;
  /** The text kept for this tab, if it was opened on `host` and is still fresh; forgotten once given. */
  take(tabId: number, host: string): Promise<PendingPrefill | null>;
}

export function createPendingPrefills(area?: SessionArea, clock: () => number = Date.now): PendingPrefills {
  let memory: Memory | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<Memory> {
    if (memory) return memory;
    let saved: unknown;
    try {
      saved = area ? (await area.get(STORAGE_KEY))[STORAGE_KEY] : undefined;
    } catch {
      saved = undefined;
    }
    memory = typeof saved === 'object' && saved !== null ? (saved as Memory) : {};
    return memory;
  }

  /** One change at a time: a put and a take never interleave their read and write. */
  function serial<T>(work: (tabs: Memory) => T): Promise<T> {
    const run = queue.then(async () => {
      const tabs = await load();
      const result = work(tabs);
      await area?.set({ [STORAGE_KEY]: tabs });
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    put: (tabId, host, prefill) =>
      serial((tabs) => {
        tabs[String(tabId)] = { host, at: clock(), prefill };
        const ids = Object.keys(tabs).sort((a, b) => (tabs[a]?.at ?? 0) - (tabs[b]?.at ?? 0));
        for (const old of ids.slice(0, Math.max(0, ids.length - MAX_PENDING))) delete tabs[old];
      }),
    take: (tabId, host) =>
      serial((tabs) => {
        const entry = tabs[String(tabId)];
        if (!entry || entry.host !== host) return null;
        delete tabs[String(tabId)];
        return clock() - entry.at <= PREFILL_TTL_MS ? entry.prefill : null;
      }),
  };
}
