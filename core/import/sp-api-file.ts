import { z } from 'zod';
import type { Marketplace, Order } from '../model/order';
import { fromSpApi } from '../sp-api/from-sp-api';
import {
  looksLikeTrackingDetails,
  type PackageTrackingDetails,
  PackageTrackingDetailsSchema,
} from '../sp-api/tracking-details';
import { ReportFormatError } from './parse-report';

// An SP-API file, as a seller (or their connector) saved it: fulfillment orders
// (`getFulfillmentOrder`, `listAllFulfillmentOrders` responses, their bare `payload`, or an array
// of them), or the carrier's status of packages (`getPackageTrackingDetails` responses, their bare
// `payload`, or an array of them). Anything else is refused with one sentence.

export interface SpApiMapping {
  orders: Order[];
}

export type SpApiFile =
  | { kind: 'orders'; orders: Order[] }
  | { kind: 'tracking'; details: PackageTrackingDetails[] };

const NOTHING = 'nothing was imported.';
const NEITHER = `This JSON file is neither SP-API fulfillment orders (getFulfillmentOrder, listAllFulfillmentOrders) nor package tracking details (getPackageTrackingDetails): ${NOTHING}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type PartKind = 'orders' | 'tracking' | 'error' | 'other';

function kindOf(part: unknown): PartKind {
  if (!isRecord(part)) return 'other';
  if (!('payload' in part) && Array.isArray(part.errors) && part.errors.length > 0) return 'error';
  const inner = 'payload' in part ? part.payload : part;
  if (looksLikeTrackingDetails(inner)) return 'tracking';
  if (
    isRecord(inner) &&
    ('fulfillmentOrder' in inner || 'fulfillmentOrders' in inner || 'sellerFulfillmentOrderId' in inner)
  )
    return 'orders';
  return 'other';
}

/** "path: message" of a validation's most precise issue (the deepest path, unions opened), short:
 *  a hint, not a dump. */
function firstIssue(error: unknown): string {
  if (error instanceof z.ZodError) {
    let best: { path: PropertyKey[]; message: string } | undefined;
    const visit = (issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]): void => {
      for (const issue of issues) {
        const path = [...prefix, ...issue.path];
        if (issue.code === 'invalid_union' && issue.errors.length > 0) {
          for (const branch of issue.errors) visit(branch, path);
        } else if (!best || path.length > best.path.length) {
          best = { path, message: issue.message };
        }
      }
    };
    visit(error.issues, []);
    if (best) return `${best.path.map(String).join('.') || 'value'}: ${best.message}`.slice(0, 160);
  }
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '';
}

/**
 * Reads an SP-API JSON file. Throws ReportFormatError with one sentence fit for the seller when the
 * file is not such JSON, is an error response, mixes both kinds, or does not match Amazon's model.
 */
export function readSpApiFile(text: string, observedAt: Date, defaultMarketplace?: Marketplace): SpApiFile {
  let payload: unknown;
  try {
    payload = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReportFormatError(
      `Not valid JSON (${error instanceof Error ? error.message.slice(0, 120) : String(error)}): ${NOTHING}`,
    );
  }
  const parts = Array.isArray(payload) ? payload : [payload];
  if (parts.length === 0) {
    throw new ReportFormatError(`This file holds no fulfillment order and no tracking details: ${NOTHING}`);
  }
  const kinds = parts.map(kindOf);
  const errorAt = kinds.indexOf('error');
  if (errorAt >= 0) {
    const errors = (parts[errorAt] as { errors: unknown[] }).errors
      .map((e) => (isRecord(e) ? `${String(e.code ?? '')} ${String(e.message ?? '')}`.trim() : ''))
      .filter(Boolean)
      .join('; ')
      .slice(0, 160);
    throw new ReportFormatError(
      `This file is an SP-API error response (${errors || 'no detail'}): ${NOTHING}`,
    );
  }
  if (kinds.includes('other')) throw new ReportFormatError(NEITHER);
  if (kinds.includes('orders') && kinds.includes('tracking')) {
    throw new ReportFormatError(
      `This file mixes fulfillment orders and tracking details: import them as two files, the orders first; ${NOTHING}`,
    );
  }
  if (kinds[0] === 'tracking') {
    const details: PackageTrackingDetails[] = [];
    for (const [index, part] of parts.entries()) {
      const inner = isRecord(part) && 'payload' in part ? part.payload : part;
      const parsed = PackageTrackingDetailsSchema.safeParse(inner);
      if (!parsed.success) {
        throw new ReportFormatError(
          `Tracking details ${index + 1} do not match Amazon's getPackageTrackingDetails model (${firstIssue(parsed.error)}): ${NOTHING}`,
        );
      }
      details.push(parsed.data);
    }
    return { kind: 'tracking', details };
  }
  let orders: Order[];
  try {
    orders = fromSpApi(payload, observedAt, defaultMarketplace ? { defaultMarketplace } : {});
  } catch (error) {
    throw new ReportFormatError(
      `The fulfillment orders do not match Amazon's getFulfillmentOrder / listAllFulfillmentOrders model (${firstIssue(error)}): ${NOTHING}`,
    );
  }
  if (orders.length === 0) {
    throw new ReportFormatError(`This file holds no fulfillment order and no tracking details: ${NOTHING}`);
  }
  return { kind: 'orders', orders };
}

/** The orders of a fulfillment order file; a tracking details file is refused (see readSpApiFile). */
export function mapSpApiFile(text: string, observedAt: Date, defaultMarketplace?: Marketplace): SpApiMapping {
  const file = readSpApiFile(text, observedAt, defaultMarketplace);
  if (file.kind === 'tracking') {
    throw new ReportFormatError(`This file holds tracking details, not fulfillment orders: ${NOTHING}`);
  }
  return { orders: file.orders };
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
