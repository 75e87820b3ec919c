import type { Claim, ClaimStatus } from './claim';
import { claimTotals } from './claim-totals';

// What a claim's payments make of it (issue 15 item 4): "paid when the money or units received
// cover what was claimed (the amount claimed if known, else the claimed item quantities), partly
// paid when something was received but less". Refused then paid is paid: Amazon changed its mind.

/** Half a cent: amounts are decimal in the report, sums of them are floats. */
const CENT_TOLERANCE = 0.005;

export interface PaymentVerdict {
  status: ClaimStatus;
  /** The claimed amount is known but some payment is in another currency: amounts were not
   *  compared (never summed across currencies), units decided. */
  currencyMismatch: boolean;
}

export function statusFromPayments(
  claim: Pick<Claim, 'lines' | 'claimed' | 'payments' | 'status' | 'refusedOn'>,
): PaymentVerdict {
  const totals = claimTotals(claim);
  const currencyMismatch = claim.claimed !== undefined && totals.otherCurrencies.length > 0;
  const byAmount = claim.claimed !== undefined && !currencyMismatch;
  const anyMoney = Object.values(totals.receivedByCurrency).some((amount) => amount > CENT_TOLERANCE);
  const received = anyMoney || totals.receivedUnits > 0;
  let status: ClaimStatus;
  if (!received) {
    // Nothing left once reversals are netted: back to waiting, or to refused if it was refused.
    status = claim.refusedOn !== undefined ? 'refused' : 'filed';
  } else if (
    byAmount
      ? totals.received >= (claim.claimed?.amount ?? 0) - CENT_TOLERANCE
      : totals.receivedUnits >= totals.claimedUnits
  ) {
    status = 'paid';
  } else status = 'partly-paid';
  return { status, currencyMismatch };
}
