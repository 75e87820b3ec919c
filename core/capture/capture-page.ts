import type { PageOutcome } from '../page/read-order-page';
import { type CaptureHeaderInput, captureHeader, urlWithoutFragment } from './header';
import { planRedaction, type RemovedCounts } from './redact';
import { type ComputedVisibility, serializePage } from './serialize';

// "Enregistrer cette page pour un signalement" (issue 12): the page as one self-contained HTML
// file, personal data replaced before anything is written, with a header saying where, when and
// what MCF Desk read. Pure: the document, the instant and the reading come in.

/** The header's inputs (where, when, what was read), and how to write the page. */
export interface CapturePageOptions extends Omit<CaptureHeaderInput, 'removed' | 'redact'> {
  /** Replace order ids and tracking numbers by consistent fakes of the same shape. */
  fakeIds: boolean;
  /** Seeds the fakes (a random value per capture in the extension). */
  salt?: string;
  /** The page's computed styles: hiddenness is then written inline and stylesheets dropped. */
  getComputedStyle?: (element: Element) => ComputedVisibility | null | undefined;
}

export interface PageCapture {
  html: string;
  /** Distinct values removed (or, for `ids`, faked), by kind. */
  removed: RemovedCounts;
}

function trackingNumbersOf(reading: PageOutcome | null): string[] {
  if (reading?.kind !== 'order') return [];
  return (reading.reading.order.shipments ?? []).flatMap((shipment) =>
    (shipment.packages ?? []).flatMap((pkg) => (pkg.trackingNumber ? [pkg.trackingNumber] : [])),
  );
}

function productTitlesOf(reading: PageOutcome | null): string[] {
  if (reading?.kind !== 'order') return [];
  return (reading.reading.order.items ?? []).flatMap((item) => (item.title ? [item.title] : []));
}

export function capturePage(doc: Document, options: CapturePageOptions): PageCapture {
  const redaction = planRedaction(doc, {
    fakeIds: options.fakeIds,
    salt: options.salt,
    trackingNumbers: trackingNumbersOf(options.reading),
    productTitles: productTitlesOf(options.reading),
  });
  const page = serializePage(doc, {
    text: redaction.text,
    attribute: redaction.attribute,
    getComputedStyle: options.getComputedStyle,
  });
  const header = captureHeader({
    url: options.url,
    now: options.now,
    version: options.version,
    uiLanguage: options.uiLanguage,
    reading: options.reading,
    typed: options.typed,
    redact: redaction.string,
    removed: redaction.removed,
  });
  return { html: header + page, removed: redaction.removed() };
}

/** `mcf-desk-capture-<host>-<yyyymmdd-hhmmss>.html`: no order id (it may be faked or private). */
export function captureFileName(url: string, now: string): string {
  let host = 'page';
  try {
    host = new URL(urlWithoutFragment(url)).hostname.replace(/[^a-z0-9.-]/gi, '') || host;
  } catch {
    // Not a URL: the generic name.
  }
  const stamp = now.replace(/\.\d+/, '').replace(/[-:]/g, '').replace('T', '-').replace(/Z$/, '');
  return `mcf-desk-capture-${host}-${stamp}.html`;
}
