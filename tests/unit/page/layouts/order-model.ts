import fc from 'fast-check';

// The truth one generated page is rendered from: what a Seller Central order-detail page shows,
// as plain values. The test compares the reader's output with this, never with the HTML.

export const LANGUAGES = ['fr', 'en', 'de', 'es', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

export const STATUSES = ['shipped', 'delivered', 'pending', 'cancelled'] as const;
export type TruthStatus = (typeof STATUSES)[number];

/** The marketplace each language is served from (en: the US site, with US date order). */
export const HOST_OF: Record<Language, string> = {
  fr: 'sellercentral.amazon.fr',
  en: 'sellercentral.amazon.com',
  de: 'sellercentral.amazon.de',
  es: 'sellercentral.amazon.es',
  it: 'sellercentral.amazon.it',
};

/** The instant every page is read at; all dates are drawn around it. */
export const READ_AT = '2026-11-20T09:00:00.000Z';
export const TODAY = '2026-11-20';

export interface TruthItem {
  sku: string;
  qty: number;
  title: string;
  asin: string;
}

export interface TruthOrder {
  language: Language;
  host: string;
  amazonId: string;
  sellerOrderId?: string;
  status: TruthStatus;
  /** YYYY-MM-DD; absent only for some cancelled orders. */
  edd?: string;
  /** Shipped and delivered orders only, like carrier and tracking. */
  shipDate?: string;
  carrier?: string;
  tracking?: string;
  items: TruthItem[];
}

/** Calendar arithmetic on YYYY-MM-DD, in UTC so no time zone can move a day. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
const alnum = (n: number) =>
  fc
    .array(fc.integer({ min: 0, max: ALNUM.length - 1 }), { minLength: n, maxLength: n })
    .map((a) => a.map((i) => ALNUM[i]).join(''));

export const amazonIdArb = fc.tuple(digits(3), digits(7), digits(7)).map(([a, b, c]) => `${a}-${b}-${c}`);

const sellerOrderIdArb = fc.oneof(
  digits(5).map((d) => `SHOP-${d}`),
  digits(6).map((d) => `WEB-${d}`),
  digits(4).map((d) => `CMD-2026-${d}`),
  digits(7).map((d) => `SO${d}`),
);

/** Tracking number formats by carrier, as carriers print them. */
const TRACKING: Record<string, fc.Arbitrary<string>> = {
  UPS: fc.tuple(alnum(6), digits(10)).map(([a, b]) => `1Z${a}${b}`),
  Colissimo: digits(11).map((d) => `6A${d}`),
  Chronopost: digits(9).map((d) => `XY${d}FR`),
  'Amazon Logistics': digits(12).map((d) => `TBA${d}`),
  DHL: fc.oneof(
    digits(12).map((d) => `00340434${d}`),
    digits(18).map((d) => `JJD${d}`),
  ),
  DPD: digits(14),
  Hermes: digits(19).map((d) => `H${d}`),
  SEUR: digits(14),
  BRT: digits(15),
  GLS: digits(11),
  'Poste Italiane': digits(9).map((d) => `RR${d}IT`),
  USPS: digits(18).map((d) => `9400${d}`),
  FedEx: digits(12),
};

export const CARRIERS_OF: Record<Language, string[]> = {
  fr: ['Colissimo', 'Chronopost', 'DHL', 'UPS', 'Amazon Logistics'],
  en: ['UPS', 'USPS', 'FedEx', 'Amazon Logistics'],
  de: ['DHL', 'DPD', 'Hermes', 'UPS', 'Amazon Logistics'],
  es: ['SEUR', 'DHL', 'UPS', 'Amazon Logistics'],
  it: ['BRT', 'Poste Italiane', 'GLS', 'UPS', 'Amazon Logistics'],
};

export function trackingArb(carrier: string): fc.Arbitrary<string> {
  return TRACKING[carrier] ?? digits(14);
}

/** A tracking number of any carrier of the language (for decoys). */
export function anyTrackingArb(language: Language): fc.Arbitrary<string> {
  return fc.constantFrom(...CARRIERS_OF[language]).chain(trackingArb);
}

const TITLES: Record<Language, string[]> = {
  fr: [
    'Théière en fonte « Tetsubin » – 1,2 L, noire',
    'Tasses à café (lot de 4) – grès émaillé',
    'Bouilloire électrique 1,7 L, arrêt auto.',
    'Boîte à thé en fer blanc – « Earl Grey » 100 g',
    'Filtre à thé inox, Ø 7 cm (2 pièces)',
    'Plateau en bambou & ardoise – 30×20 cm',
  ],
  en: [
    'Cast-Iron Teapot "Tetsubin" – 40 oz, Black',
    'Coffee Mugs (Set of 4), Stoneware – Green',
    'Electric Kettle 1.7 L, Auto Shut-Off',
    "Tea Tin 'Earl Grey' – 3.5 oz",
    'Stainless Steel Tea Infuser, 2.75" (2-Pack)',
    'Bamboo & Slate Serving Board – 12×8 in',
  ],
  de: [
    'Teekanne aus Gusseisen „Tetsubin“ – 1,2 l, schwarz',
    'Kaffeebecher (4er-Set), Steingut – grün',
    'Wasserkocher 1,7 L, Edelstahl & Glas',
    'Teedose „Earl Grey“ – 100 g',
    'Teefilter Ø 7 cm, 2 Stück',
    'Servierbrett aus Bambus & Schiefer, 30×20 cm',
  ],
  es: [
    'Tetera de hierro fundido «Tetsubin» – 1,2 l, negra',
    'Tazas de café (juego de 4) – cerámica',
    'Hervidor eléctrico 1,7 l, apagado automático',
    'Lata de té «Earl Grey», 100 g',
    'Filtro de té de acero inoxidable, Ø 7 cm (2 uds.)',
    'Bandeja de bambú y pizarra – 30×20 cm',
  ],
  it: [
    'Teiera in ghisa «Tetsubin» – 1,2 l, nera',
    'Tazzine da caffè (set da 4) – gres',
    'Bollitore elettrico 1,7 l, spegnimento automatico',
    'Barattolo per tè «Earl Grey», 100 g',
    'Filtro per tè in acciaio inox, Ø 7 cm (2 pz.)',
    "Vassoio in bambù & ardesia – 30×20 cm, l'originale",
  ],
};

const SKU_HEADS = ['TEA', 'MUG', 'KET', 'TIN', 'INF', 'BRD', 'CUP', 'LID'];
const SKU_MIDS = ['POT', 'SET', 'BLK', 'GRN', 'RED', 'XL', 'SS', 'BAM'];

export const skuArb = fc
  .tuple(fc.constantFrom(...SKU_HEADS), fc.constantFrom(...SKU_MIDS), fc.integer({ min: 1, max: 99 }))
  .map(([h, m, n]) => `${h}-${m}-${String(n).padStart(2, '0')}`);

const asinArb = alnum(8).map((s) => `B0${s}`);

function itemsArb(language: Language): fc.Arbitrary<TruthItem[]> {
  return fc.uniqueArray(
    fc.record({
      sku: skuArb,
      qty: fc.integer({ min: 1, max: 9 }),
      title: fc.constantFrom(...TITLES[language]),
      asin: asinArb,
    }),
    { minLength: 1, maxLength: 4, selector: (item) => item.sku },
  );
}

export function orderArb(language: Language): fc.Arbitrary<TruthOrder> {
  const base = fc.record({
    amazonId: amazonIdArb,
    sellerOrderId: fc.option(sellerOrderIdArb, { nil: undefined }),
    items: itemsArb(language),
  });
  const shippedPart = (status: 'shipped' | 'delivered') =>
    fc
      .record({
        shipAgo: status === 'delivered' ? fc.integer({ min: 6, max: 25 }) : fc.integer({ min: 0, max: 6 }),
        transit: fc.integer({ min: 1, max: 5 }),
        carrier: fc.constantFrom(...CARRIERS_OF[language]),
      })
      .chain(({ shipAgo, transit, carrier }) =>
        trackingArb(carrier).map((tracking) => {
          const shipDate = addDays(TODAY, -shipAgo);
          return { status, shipDate, edd: addDays(shipDate, transit), carrier, tracking };
        }),
      );
  const statusPart = fc.oneof(
    shippedPart('shipped'),
    shippedPart('delivered'),
    fc
      .integer({ min: 1, max: 20 })
      .map((ahead) => ({ status: 'pending' as const, edd: addDays(TODAY, ahead) })),
    fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined }).map((ahead) => ({
      status: 'cancelled' as const,
      edd: ahead === undefined ? undefined : addDays(TODAY, ahead),
    })),
  );
  return fc.tuple(base, statusPart).map(
    ([b, s]): TruthOrder => ({
      language,
      host: HOST_OF[language],
      amazonId: b.amazonId,
      ...(b.sellerOrderId ? { sellerOrderId: b.sellerOrderId } : {}),
      items: b.items,
      ...s,
    }),
  );
}
