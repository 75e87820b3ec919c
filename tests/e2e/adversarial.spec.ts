import { readFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import type { OrderInput } from '../../core/model/order';
import { type ExtensionFixtures, expect, test } from './fixtures';

// Adversarial order pages with the built extension (issue 11, item 8): the content script reads
// them at their Seller Central URLs and nothing wrong may reach the database. The pages are
// tests/fixtures/pages/adversarial/*.html (each says what it attacks); the unit tests of the same
// pages are tests/unit/page/adversarial.test.ts.

const ADVERSARIAL_DIR = new URL('../fixtures/pages/adversarial/', import.meta.url);
const page = (file: string) => readFileSync(new URL(file, ADVERSARIAL_DIR), 'utf8');

// A plain order page, read and stored normally: once it is in the database, the page visited
// before it has had its turn.
const BARRIER_URL = 'https://sellercentral.amazon.fr/orders-v3/order/402-1234567-1234567';
const BARRIER_KEY = '-/FR/402-1234567-1234567';
const BARRIER_HTML = readFileSync(
  new URL('../fixtures/pages/fr-classic-shipped.html', import.meta.url),
  'utf8',
);

interface StoredRow {
  key: string;
  json: string;
}

/** Every row of the orders store, read in the service worker; none when the database is not there yet. */
function storedOrders(serviceWorker: Worker): Promise<StoredRow[]> {
  return serviceWorker.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('mcf-desk')) return [];
    return new Promise<StoredRow[]>((resolve, reject) => {
      const open = indexedDB.open('mcf-desk');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('orders')) {
          db.close();
          resolve([]);
          return;
        }
        const tx = db.transaction('orders');
        const keys = tx.objectStore('orders').getAllKeys();
        const values = tx.objectStore('orders').getAll();
        tx.oncomplete = () => {
          resolve(
            keys.result.map((key, i) => ({ key: String(key), json: JSON.stringify(values.result[i]) })),
          );
          db.close();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

type AskBackground = ExtensionFixtures['askBackground'];

async function storedOrder(askBackground: AskBackground, key: string): Promise<OrderInput | null> {
  const reply = await askBackground('order.get', { key });
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as { order: OrderInput } | null)?.order ?? null;
}

async function visitBarrier(context: ExtensionFixtures['context'], askBackground: AskBackground) {
  const barrier = await context.newPage();
  await barrier.goto(BARRIER_URL);
  await expect.poll(async () => (await storedOrder(askBackground, BARRIER_KEY)) !== null).toBe(true);
}

const eddsOf = (order: OrderInput) =>
  [order.estimatedArrivalDate, ...(order.shipments ?? []).map((s) => s.estimatedArrivalDate)].filter(
    (d): d is string => d !== undefined,
  );
const trackingsOf = (order: OrderInput) =>
  (order.shipments ?? [])
    .flatMap((s) => s.packages ?? [])
    .map((p) => p.trackingNumber)
    .filter((t): t is string => t !== undefined)
    .sort();

test('a visible decoy order before the real one: nothing of the decoy is stored', async ({
  context,
  serve,
  serviceWorker,
  askBackground,
}) => {
  const url = 'https://sellercentral.amazon.fr/orders-v3/order/402-8642086-4208642';
  await serve({ [url]: page('decoy-previous-order-fr.html'), [BARRIER_URL]: BARRIER_HTML });
  const tab = await context.newPage();
  await tab.goto(url);
  await tab.waitForTimeout(1_000);
  await visitBarrier(context, askBackground);

  const rows = await storedOrders(serviceWorker);
  const decoy = ['405-1357913-5791357', 'XW246813579FR', 'PLAID-MER-02', 'Plaid en laine', '"2024-11-25"'];
  for (const row of rows)
    for (const planted of decoy) expect(row.json, `${planted} stored in ${row.key}`).not.toContain(planted);
  // Either the real order (with its own facts only) or nothing: a refusal stores nothing.
  expect(rows.map((r) => r.key).filter((k) => k !== BARRIER_KEY)).toEqual(
    rows.some((r) => r.key === '-/FR/402-8642086-4208642') ? ['-/FR/402-8642086-4208642'] : [],
  );
  const real = await storedOrder(askBackground, '-/FR/402-8642086-4208642');
  if (real) {
    expect(eddsOf(real)).toEqual(['2024-12-09']);
    expect(trackingsOf(real)).toEqual(['6A98765432109']);
    expect((real.items ?? []).map((i) => i.sellerSku)).toEqual(['BOUG-FIG-01']);
  }
});

test('a hidden EDD before the visible one: the visible EDD is stored', async ({
  context,
  serve,
  serviceWorker,
  askBackground,
}) => {
  const url = 'https://sellercentral.amazon.fr/orders-v3/order/402-3141592-6535897';
  const key = '-/FR/402-3141592-6535897';
  await serve({ [url]: page('hidden-display-none-fr.html') });
  const tab = await context.newPage();
  await tab.goto(url);
  await expect.poll(async () => (await storedOrder(askBackground, key)) !== null).toBe(true);
  const stored = (await storedOrder(askBackground, key)) as OrderInput;
  expect(eddsOf(stored)).toEqual(['2024-12-12']);
  expect(trackingsOf(stored)).toEqual(['6A31415926535']);
  const row = (await storedOrders(serviceWorker)).find((r) => r.key === key) as StoredRow;
  for (const planted of ['"2024-12-02"', 'DPD France', '250099887766554'])
    expect(row.json).not.toContain(planted);
});

/** orders-list-fr.html with its rows replaced by `count` copies of row 1, each with its own id. */
function bigOrdersList(count: number): { html: string; id: (n: number) => string } {
  const list = page('orders-list-fr.html');
  const firstRow = /<tr class="order-row" data-row="1">[\s\S]*?<\/tr>/.exec(list)?.[0];
  if (!firstRow) throw new Error('orders-list-fr.html: no first row');
  const id = (n: number) => `402-${2000000 + n}-${3000000 + n}`;
  const rows: string[] = [];
  for (let n = 1; n <= count; n++) {
    rows.push(
      firstRow
        .replaceAll('402-1000001-2000001', id(n))
        .replace('data-row="1"', `data-row="${n}"`)
        .replace('6A00000000001', `6B${String(n).padStart(11, '0')}`)
        .replace('SKU-LIST-01', `SKU-BIG-${n}`),
    );
  }
  return { html: list.replace(/<tbody>[\s\S]*<\/tbody>/, `<tbody>\n${rows.join('\n')}\n</tbody>`), id };
}

test('an orders list served at a detail URL: nothing is stored', async ({
  context,
  serve,
  serviceWorker,
  askBackground,
  badgeText,
}) => {
  // 50 rows: few enough that a reading of them fits the background's message limits (a
  // 2,000-row reading is turned away by `reading.store`'s validation, `missing` ≤ 100 entries,
  // which would hide what the reader did).
  const list = bigOrdersList(50);
  const url = `https://sellercentral.amazon.fr/orders-v3/order/${list.id(4)}`;
  await serve({ [url]: list.html, [BARRIER_URL]: BARRIER_HTML });
  const tab = await context.newPage();
  await tab.goto(url);
  // The overlay says plainly why the page was not read.
  await expect(tab.locator('mcf-desk-overlay [data-testid="overlay-refused"]')).toContainText(
    /plusieurs commandes|several orders/,
  );
  expect((await storedOrders(serviceWorker)).map((r) => r.key)).toEqual([]);
  expect(await badgeText()).toBe('');

  await visitBarrier(context, askBackground);
  const rows = await storedOrders(serviceWorker);
  expect(rows.map((r) => r.key)).toEqual([BARRIER_KEY]);
  for (const planted of ['SKU-BIG-', list.id(1), list.id(4)])
    expect((rows[0] as StoredRow).json).not.toContain(planted);
});

test('an order page nested 2,000 levels deep, at a URL no detector knows, is read', async ({
  context,
  serve,
  askBackground,
}) => {
  // Built by the page's own script (a parser caps nesting depth; a script does not). Chromium's
  // own renderer crashes past about 2,500 nested blocks, with or without MCF Desk; 5,000 levels are
  // read in the unit tests (tests/unit/page/reader-details.test.ts, adversarial.test.ts).
  const url = 'https://sellercentral.amazon.fr/gp/ssof/order-details.html?ref=deep';
  const html = `<!DOCTYPE html><html lang="fr"><body><div id="root"></div><script>
    let parent = document.getElementById('root');
    for (let i = 0; i < 2000; i++) { const d = document.createElement('div'); parent.appendChild(d); parent = d; }
    parent.innerHTML = '<div><span>N° de commande</span> <span>402-7777777-8888888</span></div>' +
      '<div><span>Statut</span> <span>Expédié</span></div>' +
      '<dl><dt>Date d\\'expédition</dt><dd>1 déc. 2026</dd><dt>Transporteur</dt><dd>Colissimo</dd>' +
      '<dt>Numéro de suivi</dt><dd>6A12345678901</dd><dt>Livraison estimée</dt><dd>4 déc. 2026</dd></dl>';
  </script></body></html>`;
  await serve({ [url]: html });
  const tab = await context.newPage();
  await tab.goto(url);
  const key = '-/FR/402-7777777-8888888';
  await expect
    .poll(async () => (await storedOrder(askBackground, key)) !== null, { timeout: 15_000 })
    .toBe(true);
  const stored = (await storedOrder(askBackground, key)) as OrderInput;
  expect(eddsOf(stored)).toEqual(['2026-12-04']);
  expect(trackingsOf(stored)).toEqual(['6A12345678901']);
});

test('content hidden by the page’s stylesheet (zero-size box, opacity 0) is not read in Chromium', async ({
  context,
  serve,
  askBackground,
}) => {
  const url = 'https://sellercentral.amazon.fr/orders-v3/order/402-5555555-6666666';
  const html = `<!DOCTYPE html><html lang="fr"><head><style>
    .collapsed-box { width: 0; height: 0; overflow: hidden; }
    .faded { opacity: 0; }
  </style></head><body>
    <div class="collapsed-box"><span>Livraison estimée</span> <span>1 déc. 2026</span></div>
    <div class="faded"><span>Numéro de suivi</span> <span>1Z999AA10123456784</span></div>
    <div><span>N° de commande</span> <span>402-5555555-6666666</span></div>
    <div><span>Statut</span> <span>Expédié</span></div>
    <div><span>Livraison estimée</span> <span>9 déc. 2026</span></div>
    <dl><dt>Date d'expédition</dt><dd>4 déc. 2026</dd><dt>Transporteur</dt><dd>Colissimo</dd><dt>Numéro de suivi</dt><dd>6A12345678901</dd></dl>
  </body></html>`;
  await serve({ [url]: html });
  const tab = await context.newPage();
  await tab.goto(url);
  const key = '-/FR/402-5555555-6666666';
  await expect.poll(async () => (await storedOrder(askBackground, key)) !== null).toBe(true);
  const stored = (await storedOrder(askBackground, key)) as OrderInput;
  expect(eddsOf(stored)).toEqual(['2026-12-09']);
  expect(trackingsOf(stored)).toEqual(['6A12345678901']);
});
