import type { Claim } from './claim';

// What a claim asked for and what it received, netted: a reversal row (negative amount) cancels
// what it reverses. Money is summed per currency, never across currencies: a payment in another
// currency than the claimed one is reported apart, not added.

export interface ClaimTotals {
  /** Units claimed: the sum of the lines' item quantities. */
  claimedUnits: number;
  /** Net units reimbursed (cash + inventory), reversals deducted. */
  receivedUnits: number;
  /** Net amount received per currency, rounded to the cent. */
  receivedByCurrency: Readonly<Record<string, number>>;
  /** The currency the claim is counted in: the claimed amount's, else the first payment's. */
  currency: string | undefined;
  /** Net amount received in `currency`. */
  received: number;
  /** Currencies of payments other than `currency`. */
  otherCurrencies: readonly string[];
}

export function claimedUnits(claim: Pick<Claim, 'lines'>): number {
  let units = 0;
  for (const line of claim.lines) for (const item of line.items) units += item.quantity;
  return units;
}

export function claimTotals(claim: Pick<Claim, 'lines' | 'claimed' | 'payments'>): ClaimTotals {
  const byCurrency: Record<string, number> = {};
  let receivedUnits = 0;
  for (const payment of claim.payments) {
    const { currency, amount } = payment.amount;
    byCurrency[currency] = (byCurrency[currency] ?? 0) + amount;
    receivedUnits += payment.quantity;
  }
  for (const currency of Object.keys(byCurrency)) {
    byCurrency[currency] = cents(byCurrency[currency] ?? 0);
  }
  const currency = claim.claimed?.currency ?? claim.payments[0]?.amount.currency;
  return {
    claimedUnits: claimedUnits(claim),
    receivedUnits,
    receivedByCurrency: byCurrency,
    currency,
    received: currency === undefined ? 0 : (byCurrency[currency] ?? 0),
    otherCurrencies: Object.keys(byCurrency).filter((c) => c !== currency),
  };
}

/** Amounts are decimal in the report: rounding to the cent keeps 0.1 + 0.2 from showing. */
function cents(value: number): number {
  return Math.round(value * 100) / 100;
}
