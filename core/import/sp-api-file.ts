import type { Marketplace, Order } from '../model/order';
import { fromSpApi } from '../sp-api/from-sp-api';
import { ReportFormatError } from './parse-report';

// An SP-API file: a `getFulfillmentOrder` response, a `listAllFulfillmentOrders` response, or an
// array of them, as a seller (or their connector) saved it.

export interface SpApiMapping {
  orders: Order[];
}

/** Throws ReportFormatError with a message fit for the seller when the file is not such JSON. */
export function mapSpApiFile(text: string, observedAt: Date, defaultMarketplace?: Marketplace): SpApiMapping {
  let payload: unknown;
  try {
    payload = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReportFormatError(`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const orders = fromSpApi(payload, observedAt, defaultMarketplace ? { defaultMarketplace } : {});
    if (orders.length === 0) throw new Error('no fulfillment order in it');
    return { orders };
  } catch (error) {
    throw new ReportFormatError(
      `Not an SP-API fulfillment order file (getFulfillmentOrder / listAllFulfillmentOrders): ${
        error instanceof Error ? error.message.slice(0, 300) : String(error)
      }`,
    );
  }
}

export type ImportKind = 'report' | 'api';

/** JSON files are SP-API payloads; anything else is read as a report. */
export function detectImportKind(text: string): ImportKind {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? 'api' : 'report';
}

/** Slices of `size` orders: one background transaction each. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
