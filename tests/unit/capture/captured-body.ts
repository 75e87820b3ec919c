import { capturePage, type PageCapture } from '../../../core/capture/capture-page';
import { loadPage } from '../page/load-fixture';

// The capture tests' one way to take a page: a snippet of markup loaded at a Seller Central URL
// and captured as the popup does, at one fixed instant, with no reading (so what goes is what the
// redaction rules find alone) and the real ids. Each test file used to hold its own copy.

/** The instant every capture of these tests is taken at. */
const CAPTURED_AT = '2024-12-06T09:00:00.000Z';

/** What a test sets otherwise than the popup of a page's own language would. */
export interface CaptureOverrides {
  /** The popup's language, written in the header; the page's `lang` unless set. */
  uiLanguage?: string;
  /** Replace order ids and tracking numbers by fakes of the same shape (the popup's option). */
  fakeIds?: boolean;
}

/**
 * Captures `<html lang="{lang}"><head>{head}</head><body>{body}</body></html>` loaded at `url`.
 * An empty `<head></head>` and none at all parse to the same document (the parser adds the head),
 * so the copies that wrote none capture the same page through this one.
 */
export async function captureOf(
  url: string,
  lang: string,
  body: string,
  head = '',
  { uiLanguage = lang, fakeIds = false }: CaptureOverrides = {},
): Promise<PageCapture> {
  const { document } = await loadPage(
    `<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`,
    url,
  );
  return capturePage(document, {
    url,
    now: CAPTURED_AT,
    version: '0.1.0',
    uiLanguage,
    reading: null,
    fakeIds,
  });
}

/** The captured document from `<!DOCTYPE` on: the page as written, without the capture's header. */
export async function documentOf(...page: Parameters<typeof captureOf>): Promise<string> {
  const { html } = await captureOf(...page);
  return html.slice(html.indexOf('<!DOCTYPE'));
}

/** The captured document from `<body` on: what a test's snippet became. */
export async function bodyOf(...page: Parameters<typeof captureOf>): Promise<string> {
  const document = await documentOf(...page);
  return document.slice(document.indexOf('<body'));
}
