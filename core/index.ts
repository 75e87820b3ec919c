// The public API of MCF Desk's core: pure TypeScript, no browser API, "now" always a parameter.
// Entry points, tests and any future tool (a CLI, a server) use the core through this file.

export { type CaseTexts, caseText } from './claims/case-text';
export * from './claims/claim';
export {
  CLAIM_RATE_WINDOW_DAYS,
  type ClaimRate,
  claimRate,
  claimRateWindow,
  REGIONS,
  REPORTED_CLAIM_RATE_LEVEL,
  type Region,
  regionOf,
  regionToday,
  wouldCross,
} from './claims/claim-rate';
export { statusFromPayments } from './claims/claim-status';
export {
  CLAIM_KINDS,
  type ClaimKind,
  type ClaimLocale,
  claimText,
  isClaimFinding,
} from './claims/claim-text';
export { type ClaimTotals, claimTotals } from './claims/claim-totals';
export { matchReimbursements, type ReimbursementMatch } from './claims/match-reimbursements';
export { type CaseOrder, type ClaimableOrder, type PreparedCase, prepareCases } from './claims/prepare-cases';
export {
  parseReimbursementsReport,
  type ReimbursementRow,
  type ReimbursementsParse,
  type ReimbursementsRefusal,
} from './claims/reimbursements-report';
export { calendarDateOf, startOfDayInstant, todayIn } from './dates/calendar';
export { addDays, compare, daysBetween, formatCalendarDate } from './dates/calendar-day';
export { parseMarketplaceDate } from './dates/parse-date';
export {
  isSellerCentralHost,
  marketplaceFor,
  SELLER_CENTRAL_HOSTS,
  SELLER_CENTRAL_MATCHES,
} from './marketplaces';
export { mergeOrder } from './merge/merge-order';
export * from './model/finding';
export { ORDER_JSON_SCHEMA_ID, orderJsonSchema } from './model/json-schema';
export * from './model/order';
export { orderPageUrl } from './model/order-key';
export * from './model/primitives';
export * from './model/sp-api-enums';
export { isOrderDetailUrl, orderIdFromUrl, pageKind } from './page/page-kind';
export {
  type OrderPageReading,
  type PageOutcome,
  type ReadOrderPageOptions,
  type RefusalReason,
  readOrderPage,
  readPage,
} from './page/read-order-page';
export { assessOrder } from './policy/assess';
export { POLICY_RULES, type PolicyRule } from './policy/rules';
export { fromSpApi, marketplaceForId } from './sp-api/from-sp-api';
