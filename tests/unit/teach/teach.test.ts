import { describe, expect, it } from 'vitest';
import { readOrderPage } from '../../../core/page/read-order-page';
import {
  type LearnedRule,
  LearnedRuleSchema,
  learnedRulesFile,
  parseLearnedRulesFile,
} from '../../../core/teach/learned-rule';
import { elementAtPath, placeOf, placesOf } from '../../../core/teach/nearest-label';
import { readPickedValue } from '../../../core/teach/picked-value';
import { readsBackOn } from '../../../core/teach/reads-back';
import { learnedRuleFor } from '../../../entrypoints/order-page/teach';
import { loadPage } from '../page/load-fixture';

// Teach mode, the pure part: where a picked value sits, what it reads as, and how a later reading
// of the same layout uses what was taught.

const NOW = '2026-12-05T09:00:00.000Z';
const HOST = 'sellercentral.amazon.fr';
const url = (id: string) => `https://${HOST}/orders-v3/order/${id}`;

async function pick(body: string, selector: string) {
  const { document } = await loadPage(
    `<html lang="fr"><body>${body}</body></html>`,
    url('402-1111111-1111111'),
  );
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return { document, element };
}

describe('placeOf: the label nearest to a picked value', () => {
  it.each([
    [
      'a dd under its dt',
      '<dl><dt>Arrivée au plus tard</dt><dd id="v">12 déc. 2026</dd></dl>',
      'arrivee au plus tard',
    ],
    [
      'a span after its label span',
      '<div><span>Arrivée au plus tard :</span> <span id="v">12 déc.</span></div>',
      'arrivee au plus tard',
    ],
    [
      'a cell under its column header',
      '<table><thead><tr><th>Colis</th><th>Arrivée client</th></tr></thead><tr><td>1</td><td id="v">12/12/2026</td></tr></table>',
      'arrivee client',
    ],
    [
      'a cell after its row header',
      '<table><tr><th>Arrivée client</th><td id="v">12/12/2026</td></tr></table>',
      'arrivee client',
    ],
    ['a value after its label text', '<p>Arrivée client : <b id="v">12/12/2026</b></p>', 'arrivee client'],
    ['an aria-label', '<div><span id="v" aria-label="Date butoir">12/12/2026</span></div>', 'date butoir'],
    [
      "a Katal table cell under its head's column",
      '<kat-table><kat-table-head><kat-table-row><kat-table-cell>Colis</kat-table-cell><kat-table-cell>Arrivée client</kat-table-cell></kat-table-row></kat-table-head><kat-table-body><kat-table-row><kat-table-cell>1</kat-table-cell><kat-table-cell id="v">12/12/2026</kat-table-cell></kat-table-row></kat-table-body></kat-table>',
      'arrivee client',
    ],
    [
      'an ARIA grid cell under its column header',
      '<div role="grid"><div role="row"><span role="columnheader">Colis</span><span role="columnheader">Arrivée client</span></div><div role="row"><span role="gridcell">1</span><span role="gridcell" id="v">12/12/2026</span></div></div>',
      'arrivee client',
    ],
    [
      'a value inside a wrapper',
      '<div><span>Date butoir</span><span><b id="v">12/12/2026</b></span></div>',
      'date butoir',
    ],
  ])('%s', async (_name, body, label) => {
    const { element } = await pick(body, '#v');
    expect(placeOf(element)).toEqual({ label });
  });

  it('gives a path from the nearest identified ancestor when no label is near', async () => {
    const { element } = await pick(
      '<div id="box"><div><div>1</div><div><span>12/12/2026</span></div></div></div>',
      'span',
    );
    expect(placeOf(element)).toEqual({ path: '#box>0>1>0' });
  });
});

describe('placeOf: never a value, a landmark or a far ancestor as the label', () => {
  it.each([
    [
      'a carrier name before a tracking number',
      '<div><span>Colissimo</span><span id="v">6A12345678901</span></div>',
    ],
    [
      'a previous value that is a date',
      '<div><span>12 déc. 2026</span><span id="v">1Z999AA10123456784</span></div>',
    ],
    [
      'a previous value that is a tracking number in groups',
      '<div><span>6A 1234 5678 901</span><span id="v">Colissimo</span></div>',
    ],
    ['a mostly-digits text', '<div><span>N° 402 1234</span><span id="v">12/12/2026</span></div>'],
    ['a status word', '<div><span>Expédié</span><span id="v">12/12/2026</span></div>'],
    [
      'a landmark’s aria-label',
      '<section aria-label="Détails de la commande"><span id="v">12/12/2026</span></section>',
    ],
    [
      'a region’s aria-label',
      '<div role="region" aria-label="Détails de la commande"><span id="v">12/12/2026</span></div>',
    ],
    [
      'a line of several facts joined by middle dots',
      '<section><p>Royal Mail Tracked 48 · 1 item · dispatched 20 Nov 2026</p><div><span id="v">TT402918370GB</span></div></section>',
    ],
    [
      'a label with its own value after the colon',
      '<div><span>Transportista: Correos Express</span><div><span id="v">15 nov. 2026</span></div></div>',
    ],
    [
      'a table’s header row when the column’s own header is an icon',
      '<div><table><thead><tr><th>Colis</th><th><i aria-hidden="true"></i></th></tr></thead><tbody><tr><td>1</td><td id="v">BRT</td></tr></tbody></table></div>',
    ],
    [
      'the aria-label of an ancestor beyond the parent',
      '<div aria-label="Détails de la commande"><div><div><span id="v">12/12/2026</span></div></div></div>',
    ],
  ])('does not learn %s', async (_name, body) => {
    const { element } = await pick(body, '#v');
    expect(placeOf(element)).not.toHaveProperty('label');
  });

  it('does not learn the previous row (an order id, a label and its value) when a whole row is picked', async () => {
    const { element } = await pick(
      `<div id="box"><div class="a-row"><span>N° de commande</span> <span>402-1111111-1111111</span></div>
        <div class="a-row"><span>Statut</span> <span>Expédié</span></div>
        <div class="a-row" id="v"><span>Arrivée</span> <span>12/12/2026</span></div></div>`,
      '#v',
    );
    expect(placeOf(element)).toEqual({ path: '#v' });
  });

  it('still learns a label that ends with its colon', async () => {
    const { element } = await pick(
      '<div><span>Remis au transporteur le :</span><span id="v">13/11/2026</span></div>',
      '#v',
    );
    expect(placeOf(element)).toEqual({ label: 'remis au transporteur le' });
  });

  it('still learns the parent’s own aria-label', async () => {
    const { element } = await pick(
      '<div aria-label="Date butoir"><span id="v">12/12/2026</span></div>',
      '#v',
    );
    expect(placeOf(element)).toEqual({ label: 'date butoir' });
  });
});

describe('placeOf: a block named by its heading', () => {
  // Seller Central's class names are hashed and its blocks rarely have ids: where no label is near
  // a value, the heading of its block is the stable name, wherever the block moves.
  const parcel = (n: string, tracking: string) =>
    `<section><h2>Parcel ${n}</h2><p>Royal Mail · 1 item</p><div><span>${tracking}</span> <button>Copy</button></div></section>`;

  it('gives a path from the nearest block with a heading of its own', async () => {
    const { element } = await pick(
      `<div id="page">${parcel('1 of 1', 'TT402918370GB')}</div>`,
      'section span',
    );
    // The value beside its Copy button: the holder of both first (t5-value-beside-copy.test.ts).
    expect([...placesOf(element)]).toEqual([
      { path: '[heading="parcel 1 of 1"]>2' },
      { path: '#page>0>2' },
      { path: '[heading="parcel 1 of 1"]>2>0' },
      { path: '#page>0>2>0' },
    ]);
  });

  it('finds the block again when blocks before it were added or moved', async () => {
    const { document } = await pick(
      `<div><h2>Alert</h2><p>Strike</p></div>${parcel('1 of 1', 'TT559104826GB')}<div><h2>Items</h2></div>`,
      'p',
    );
    expect(elementAtPath(document, '[heading="parcel 1 of 1"]>2>0')?.textContent).toBe('TT559104826GB');
  });

  it('names nothing when several blocks have that heading, or none', async () => {
    const { document } = await pick(
      `${parcel('1 of 1', 'TT559104826GB')}${parcel('1 of 1', 'TT000000000GB')}`,
      'p',
    );
    expect(elementAtPath(document, '[heading="parcel 1 of 1"]>2>0')).toBeNull();
    expect(elementAtPath(document, '[heading="parcel 2 of 2"]>2>0')).toBeNull();
  });

  it('is a valid rule path, and a heading with a quote or a > is not', () => {
    const path = (p: string) =>
      LearnedRuleSchema.safeParse({ ...rule({}), label: undefined, path: p }).success;
    expect(path('[heading="salida del centro logistico"]>4>0')).toBe(true);
    expect(path('[heading="a"b"]>1')).toBe(false);
    expect(path('[heading="a>b"]>1')).toBe(false);
  });
});

describe('placeOf with a read-back: the nearest place that reads the picked value again', () => {
  const id = '402-3333333-3333333';
  // "Sendungsverfolgung" heads the card and comes just before the value's line: the nearest label,
  // but the reader pairs it with the logo's line, so the value is read from its block instead.
  const page = (tracking: string) => `<html lang="de"><body>
    <div class="a-row"><span>Bestellnummer</span> <span>${id}</span></div>
    <div class="a-row"><span>Status</span> <span>Versendet</span></div>
    <div class="card"><h3>Paket</h3><p>DHL Paket · 1 Artikel</p><div><b>${tracking}</b></div></div>
  </body></html>`;
  const teach = async () => {
    const { document } = await loadPage(page('00340434161094015834'), url(id).replace('.fr', '.de'));
    const element = document.querySelector('b');
    if (!element) throw new Error('no value');
    const check = readsBackOn(document, {
      url: url(id).replace('.fr', '.de'),
      now: NOW,
      field: 'trackingNumber',
      override: false,
      value: '00340434161094015834',
    });
    return { element, check };
  };

  it('passes over a label the reader pairs with something else', async () => {
    const { element, check } = await teach();
    expect([...placesOf(element)][0]).toEqual({ label: 'paket' });
    expect(check({ label: 'paket' })).toBe(false);
    expect(placeOf(element, check)).toEqual({ path: '[heading="paket"]>2>0' });
  });

  it('gives nothing when no place reads the value back', async () => {
    const { element } = await teach();
    expect(placeOf(element, () => false)).toBeNull();
  });
});

describe('readPickedValue: the field’s shape check', () => {
  it('reads a date in the page’s language, and refuses what is not one', async () => {
    const { element } = await pick('<span id="v">sam. 12 déc. 2026</span>', '#v');
    expect(readPickedValue(element, 'estimatedArrivalDate', 'fr-FR', '2026-12-05')).toEqual({
      ok: true,
      value: '2026-12-12',
      shown: 'sam. 12 déc. 2026',
    });
    const { element: name } = await pick('<span id="v">Marie Dupont</span>', '#v');
    expect(readPickedValue(name, 'estimatedArrivalDate', 'fr-FR', '2026-12-05')).toMatchObject({
      ok: false,
      reason: 'not-a-date',
    });
  });

  it('takes a tracking number only when it looks like one', async () => {
    const { element } = await pick('<a id="v">1Z999AA10123456784</a>', '#v');
    expect(readPickedValue(element, 'trackingNumber', 'fr-FR', '2026-12-05')).toMatchObject({ ok: true });
    const { element: sentence } = await pick('<p id="v">Merci de livrer chez le voisin</p>', '#v');
    expect(readPickedValue(sentence, 'trackingNumber', 'fr-FR', '2026-12-05')).toMatchObject({
      ok: false,
      reason: 'not-a-tracking-number',
    });
  });

  it('reads a delivery status as delivered or not', async () => {
    const { element } = await pick('<span id="v">Livré le 3 déc.</span>', '#v');
    expect(readPickedValue(element, 'deliveryStatus', 'fr-FR', '2026-12-05')).toMatchObject({
      value: 'DELIVERED',
    });
    const { element: transit } = await pick('<span id="v">En transit</span>', '#v');
    expect(readPickedValue(transit, 'deliveryStatus', 'fr-FR', '2026-12-05')).toMatchObject({
      value: 'IN_TRANSIT',
    });
  });

  it.each(['Non expédié', 'Annulée', 'En attente'])(
    'refuses "%s": an order status, not where the package is',
    async (text) => {
      const { element } = await pick(`<span id="v">${text}</span>`, '#v');
      expect(readPickedValue(element, 'deliveryStatus', 'fr-FR', '2026-12-05')).toEqual({
        ok: false,
        shown: text,
        reason: 'not-a-status',
      });
    },
  );

  it('takes a tracking number printed in groups, as the reader does', async () => {
    const { element } = await pick('<span id="v">6A 1234 5678 901</span>', '#v');
    expect(readPickedValue(element, 'trackingNumber', 'fr-FR', '2026-12-05')).toEqual({
      ok: true,
      value: '6A12345678901',
      shown: '6A 1234 5678 901',
    });
    const { element: words } = await pick('<span id="v">Colis n° 12, remis</span>', '#v');
    expect(readPickedValue(words, 'trackingNumber', 'fr-FR', '2026-12-05')).toMatchObject({ ok: false });
  });
});

/** An order page whose EDD label no dictionary knows; `edd` is its value, `extra` more rows. */
const pageWith = (id: string, edd: string, extra = '') => `<html lang="fr"><body>
  <div class="a-row"><span>N° de commande</span> <span>${id}</span></div>
  <div class="a-row"><span>Statut</span> <span>Expédié</span></div>
  <div class="a-row"><span>Arrivée chez le client au plus tard</span> <span>${edd}</span></div>
  ${extra}
  <dl><dt>Date d'expédition</dt><dd>1 déc. 2026</dd><dt>Transporteur</dt><dd>Colissimo</dd></dl>
</body></html>`;

const rule = (over: Partial<LearnedRule>): LearnedRule =>
  LearnedRuleSchema.parse({
    host: HOST,
    field: 'estimatedArrivalDate',
    label: 'arrivee chez le client au plus tard',
    override: false,
    createdAt: NOW,
    example: '4 déc. 2026',
    ...over,
  });

describe('readOrderPage with learned rules', () => {
  const id = '402-2222222-2222222';

  it('reads a field by a taught label on the same host, and only there', async () => {
    const { document } = await loadPage(pageWith(id, '8 déc. 2026'), url(id));
    expect(readOrderPage(document, url(id), { now: NOW })?.missing).toContain('estimatedArrivalDate');
    const taught = readOrderPage(document, url(id), { now: NOW, learned: [rule({})] });
    expect(taught?.order.estimatedArrivalDate).toBe('2026-12-08');
    expect(taught?.missing).not.toContain('estimatedArrivalDate');
    const elsewhere = readOrderPage(document, url(id), {
      now: NOW,
      learned: [rule({ host: 'sellercentral.amazon.de' })],
    });
    expect(elsewhere?.order.estimatedArrivalDate).toBeUndefined();
  });

  it('keeps the built-in reading first, unless the rule corrects a wrong reading', async () => {
    const extra = '<div class="a-row"><span>Livraison estimée</span> <span>10 déc. 2026</span></div>';
    const { document } = await loadPage(pageWith(id, '8 déc. 2026', extra), url(id));
    expect(
      readOrderPage(document, url(id), { now: NOW, learned: [rule({})] })?.order.estimatedArrivalDate,
    ).toBe('2026-12-10');
    expect(
      readOrderPage(document, url(id), { now: NOW, learned: [rule({ override: true })] })?.order
        .estimatedArrivalDate,
    ).toBe('2026-12-08');
  });

  it('reads a field by a taught path', async () => {
    const html = pageWith(
      id,
      '',
      '<div id="promise"><div>Engagement</div><div><span>9 déc. 2026</span></div></div>',
    );
    const { document } = await loadPage(html, url(id));
    const read = readOrderPage(document, url(id), {
      now: NOW,
      learned: [rule({ label: undefined, path: '#promise>1>0' })],
    });
    expect(read?.order.estimatedArrivalDate).toBe('2026-12-09');
  });
});

describe('the rule built on confirm, read back on the page it was taught on', () => {
  const id = '402-4444444-4444444';
  const taught = { field: 'estimatedArrivalDate', override: false, host: HOST, createdAt: NOW } as const;

  it('keeps the nearest label when the page, read with it, gives the picked value', async () => {
    const { document } = await loadPage(pageWith(id, '8 déc. 2026'), url(id));
    const edd = Array.from(document.querySelectorAll('span')).find((s) => s.textContent === '8 déc. 2026');
    if (!edd) throw new Error('no EDD');
    const read = { url: url(id), value: '2026-12-08', nativeVisibility: true };
    expect(learnedRuleFor(edd, { ...taught, example: '8 déc. 2026' }, read)).toMatchObject({
      label: 'arrivee chez le client au plus tard',
    });
    // A value the page would not give back at any place: no rule, the value stays the order's.
    expect(
      learnedRuleFor(edd, { ...taught, example: '8 déc. 2026' }, { ...read, value: '2026-12-09' }),
    ).toBeNull();
  });
});

describe('learned-rules files', () => {
  it('round-trips, and refuses a bad file with a sentence', () => {
    const rules = [rule({}), rule({ field: 'carrierCode', label: 'societe de livraison', example: 'DPD' })];
    expect(parseLearnedRulesFile(JSON.stringify(learnedRulesFile(rules)))).toEqual(rules);
    expect(() => parseLearnedRulesFile('{')).toThrow(/not JSON/);
    const foreign = learnedRulesFile([{ ...rules[0], host: 'evil.example.com' } as LearnedRule]);
    expect(() => parseLearnedRulesFile(JSON.stringify(foreign))).toThrow(/nothing imported: rules\.0\.host/);
    expect(() => parseLearnedRulesFile(JSON.stringify({ format: 'other', version: 1, rules: [] }))).toThrow(
      /nothing imported/,
    );
  });

  it('holds a label or a path, never both or neither', () => {
    expect(LearnedRuleSchema.safeParse({ ...rule({}), path: '#x>1' }).success).toBe(false);
    expect(LearnedRuleSchema.safeParse({ ...rule({}), label: undefined }).success).toBe(false);
    expect(LearnedRuleSchema.safeParse({ ...rule({}), label: undefined, path: 'body>1' }).success).toBe(
      false,
    );
  });
});

describe('paths never counted among items that vary from order to order', () => {
  const HOST_FR = 'sellercentral.amazon.fr';
  const at = (id: string) => `https://${HOST_FR}/orders-v3/order/${id}`;
  // A tracking history, newest event first, under a heading that lists facts: no label beside the dates.
  const history = (id: string, events: [string, string][]) => `<html lang="fr"><body>
    <div class="a-row"><span>N° de commande</span> <span>${id}</span></div>
    <div class="a-row"><span>Statut</span> <span>Expédié</span></div>
    <dl><dt>Transporteur</dt><dd>Colissimo</dd><dt>N° de suivi</dt><dd>6A12345678901</dd></dl>
    <section><h3>Colis 1 sur 1 · Colissimo</h3><ul>
      ${events.map(([s, d]) => `<li><span>${s}</span> <span>${d}</span></li>`).join('\n')}
    </ul></section></body></html>`;

  it('learns no place for a date picked in a history, so the next order’s newer event is never read as it', async () => {
    const idA = '402-1111111-1111111';
    const { document: a } = await loadPage(
      history(idA, [
        ['Colissimo · En cours de livraison · Paris PFC', '3 déc. 2026'],
        ['Colissimo · Pris en charge · Lyon CTC', '1 déc. 2026'],
      ]),
      at(idA),
    );
    const picked = Array.from(a.querySelectorAll('li span')).find((s) => s.textContent === '1 déc. 2026');
    if (!picked) throw new Error('no picked date');
    expect([...placesOf(picked)].filter((p) => 'path' in p)).toEqual([]);
    const rule = learnedRuleFor(
      picked,
      { field: 'shippingDate', override: false, host: HOST_FR, createdAt: NOW, example: '1 déc. 2026' },
      { url: at(idA), value: '2026-12-01', nativeVisibility: true },
    );
    const idB = '402-2222222-2222222';
    const { document: b } = await loadPage(
      history(idB, [
        ['Colissimo · Arrivé au site de distribution · Nice', '4 déc. 2026'],
        ['Colissimo · En cours de livraison · Paris PFC', '3 déc. 2026'],
        ['Colissimo · Pris en charge · Lyon CTC', '2 déc. 2026'],
      ]),
      at(idB),
    );
    const read = readOrderPage(b, at(idB), { now: NOW, learned: rule ? [rule] : [] });
    const shipped = read?.order.shipments?.map((s) => s.shippingDate).filter(Boolean) ?? [];
    expect(shipped.every((d) => d === '2026-12-02')).toBe(true);
  });

  it('learns no path through the second of two like events of a timeline', async () => {
    const { document } = await loadPage(
      `<html lang="fr"><body><div class="timeline" data-test-id="tracking-events">
        <div class="event"><span>En cours de livraison</span> <span>3 déc. 2026</span></div>
        <div class="event"><span>Pris en charge</span> <span>1 déc. 2026</span></div></div></body></html>`,
      at('402-1111111-1111111'),
    );
    const picked = Array.from(document.querySelectorAll('.event span')).find(
      (e) => e.textContent === '1 déc. 2026',
    );
    if (!picked) throw new Error('no picked date');
    expect([...placesOf(picked)].filter((p) => 'path' in p)).toEqual([]);
  });
});
