import type { SenderInfo } from '../../core/messages/sender';

// The orders each tab showed (issue 17): a content script may ask about, and type values into,
// only the orders its own tab stored through `reading.store`. Remembered per tab and document (a
// reload or a navigation to another page starts empty; in-app navigation keeps the orders of the
// same document), in `storage.session` when there is one, so that a worker stopped between the
// reading and the seller's typing still knows (it is cleared when the browser closes, and content
// scripts cannot read it). Bounded: the newest tabs and orders are kept.

/** Tabs (documents) remembered at most; the least recently used go first. */
export const MAX_TABS = 200;
/** Orders remembered per tab document: in-app navigation through many orders keeps the newest. */
export const MAX_KEYS_PER_TAB = 20;

const STORAGE_KEY = 'mcf-desk:tab-orders';

export interface TabOrders {
  remember(sender: SenderInfo, key: string): Promise<void>;
  /** True when the sender's tab (and document) stored the order under `key`. */
  showed(sender: SenderInfo, key: string): Promise<boolean>;
}

/** The part of a `storage` area this needs (`browser.storage.session`). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

type Memory = Record<string, { keys: string[]; at: number }>;

/** The tab and document of a content script's message; none for an extension page. */
export function tabScope(sender: SenderInfo): string | undefined {
  const id = sender.tab?.id;
  if (typeof id !== 'number' || id < 0) return undefined;
  return `${id}/${sender.frameId ?? 0}/${sender.documentId ?? '-'}`;
}

export function createTabOrders(area?: SessionArea, clock: () => number = Date.now): TabOrders {
  let memory: Promise<Memory> | undefined;
  let writing: Promise<unknown> = Promise.resolve();

  function load(): Promise<Memory> {
    memory ??= (async () => {
      if (!area) return {};
      try {
        const saved = (await area.get(STORAGE_KEY))[STORAGE_KEY];
        return typeof saved === 'object' && saved !== null ? (saved as Memory) : {};
      } catch {
        return {};
      }
    })();
    return memory;
  }

  return {
    async remember(sender, key) {
      const scope = tabScope(sender);
      if (!scope) return;
      const run = writing.then(async () => {
        const tabs = await load();
        const keys = (tabs[scope]?.keys ?? []).filter((k) => k !== key);
        keys.push(key);
        tabs[scope] = { keys: keys.slice(-MAX_KEYS_PER_TAB), at: clock() };
        const scopes = Object.keys(tabs);
        if (scopes.length > MAX_TABS) {
          scopes.sort((a, b) => (tabs[a]?.at ?? 0) - (tabs[b]?.at ?? 0));
          for (const old of scopes.slice(0, scopes.length - MAX_TABS)) delete tabs[old];
        }
        await area?.set({ [STORAGE_KEY]: tabs });
      });
      writing = run.catch(() => undefined);
      await run;
    },
    async showed(sender, key) {
      const scope = tabScope(sender);
      if (!scope) return false;
      await writing;
      return (await load())[scope]?.keys.includes(key) ?? false;
    },
  };
}
