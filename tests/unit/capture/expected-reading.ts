import { type PageOutcome, readPage } from '../../../core/page/read-order-page';

// The expected reading of a capture (tests/fixtures/captures/<name>.expected.json): the outcome of
// `readPage`, each field's provenance reduced to its path (instants differ between readings).

export type ExpectedReading =
  | {
      kind: 'order';
      order: Record<string, unknown>;
      provenancePaths: string[];
      missing: string[];
      conflicts: string[];
    }
  | { kind: 'refused'; reason: string; orderIds: string[] }
  | { kind: 'none' };

export function expectedReadingOf(outcome: PageOutcome): ExpectedReading {
  if (outcome.kind !== 'order') return outcome;
  const { provenance, ...order } = outcome.reading.order;
  return {
    kind: 'order',
    order: order as Record<string, unknown>,
    provenancePaths: Object.keys(provenance ?? {}).sort(),
    missing: outcome.reading.missing,
    conflicts: outcome.reading.conflicts,
  };
}

/** Reads `doc` at `url` as of `now` and gives the reading as a capture's expected file holds it. */
export const readingAsExpected = (doc: Document, url: string, now: string): ExpectedReading =>
  expectedReadingOf(readPage(doc, url, { now }));
