import Papa from 'papaparse';
import type { Lang } from '../i18n/lang';
import { swishipUrl } from '../model/order-key';
import type { OrderSummary } from './order-summary';

// The filtered table as a CSV a spreadsheet opens right: UTF-8 with a BOM (Excel otherwise reads
// French accents as Windows-1252), CRLF line ends, and `;` where the locale writes decimals with a
// comma (Excel in French, German... splits on `;` there) or `,` elsewhere. Cells that a
// spreadsheet would run as a formula (`=`, `+`, `-`, `@`) are escaped: order and page text is
// untrusted.

export type CsvLang = Lang;

/** The columns' headers, then the word written in the "claim filed" column. */
const HEADERS_EN = {
  columns: [
    'Order id',
    'Shop order id',
    'Marketplace',
    'Status',
    'Ship date',
    'Estimated delivery',
    'Carrier',
    'Tracking',
    'Tracking link',
    'Findings',
    'Claim deadline',
    'Claim filed',
    'Case id',
  ],
  yes: 'yes',
};

export const CSV_TEXTS: Readonly<Record<CsvLang, typeof HEADERS_EN>> = {
  en: HEADERS_EN,
  fr: {
    columns: [
      'Commande',
      'Commande boutique',
      'Place de marché',
      'Statut',
      "Date d'expédition",
      'Livraison estimée',
      'Transporteur',
      'Suivi',
      'Lien de suivi',
      'Constats',
      'Date limite de réclamation',
      'Réclamation déposée',
      'Numéro de dossier',
    ],
    yes: 'oui',
  },
  de: {
    columns: [
      'Bestellnummer',
      'Shop-Bestellnummer',
      'Marketplace',
      'Status',
      'Versanddatum',
      'Voraussichtliche Lieferung',
      'Versanddienst',
      'Sendungsnummer',
      'Link zur Sendungsverfolgung',
      'Befunde',
      'Antragsfrist',
      'Antrag gestellt',
      'Fall-ID',
    ],
    yes: 'ja',
  },
  es: {
    columns: [
      'N.º de pedido',
      'N.º de pedido de la tienda online',
      'Tienda',
      'Estado',
      'Fecha de envío',
      'Entrega estimada',
      'Transportista',
      'Seguimiento',
      'Enlace de seguimiento',
      'Avisos',
      'Fecha límite de reclamación',
      'Reclamación presentada',
      'N.º de caso',
    ],
    yes: 'sí',
  },
  it: {
    columns: [
      'ID ordine',
      'ID ordine del negozio',
      'Marketplace',
      'Stato',
      'Data di spedizione',
      'Consegna stimata',
      'Corriere',
      'Tracciamento',
      'Link di tracciamento',
      'Segnalazioni',
      'Scadenza della richiesta',
      'Richiesta inviata',
      'ID caso',
    ],
    yes: 'sì',
  },
};

/** `;` for locales whose decimal separator is a comma, `,` otherwise. */
export function csvDelimiterFor(locale: string): ';' | ',' {
  let decimal = '.';
  try {
    decimal =
      new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  } catch {
    // An unknown locale tag: keep the comma-separated default.
  }
  return decimal === ',' ? ';' : ',';
}

export function tableCsv(rows: readonly OrderSummary[], options: { locale: string; lang: CsvLang }): string {
  const { columns, yes } = CSV_TEXTS[options.lang];
  const data = rows.map((r) => [
    r.orderId,
    r.displayableOrderId ?? '',
    r.countryCode,
    r.status,
    r.shipDate ?? '',
    r.edd ?? '',
    r.carrier ?? '',
    r.tracking ?? '',
    r.tracking ? swishipUrl(r.tracking, r.locale) : '',
    r.kinds.join(' '),
    r.claimDeadline ?? '',
    r.claimFiled ? yes : '',
    r.caseId ?? '',
  ]);
  const body = Papa.unparse(
    { fields: [...columns], data },
    { delimiter: csvDelimiterFor(options.locale), newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${body}\r\n`;
}
