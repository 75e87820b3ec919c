import type { Claim } from '../claims/claim';
import type { FindingKind } from '../model/finding';
import type { Collector, OrderContext } from './context';
import { claimFollowUp } from './rules/claim-follow-up';
import { damaged } from './rules/damaged';
import { lostOrder } from './rules/lost-order';
import { needsData } from './rules/needs-data';
import { notEligible } from './rules/not-eligible';
import { notShippedByEdd } from './rules/not-shipped-by-edd';
import { returnOpen } from './rules/return-open';
import { returnReceived } from './rules/return-received';
import { tracking } from './rules/tracking';
import { unfulfillable } from './rules/unfulfillable';

// Every rule of the policy in one place (domain.md §1, from Seller Central help pages G200379870
// "Service client pour les commandes Ventes Multi-Sites" and 200332450 "Ventes Multi-Sites :
// remboursements"): which sentence it implements, which findings it raises, and where it lives.
// Calendar days are counted in the marketplace's time zone; D = estimated delivery date, S = ship date.

export interface PolicyRule {
  id: 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'data' | 'claims';
  name: string;
  /** The policy sentence, as domain.md §1 words it. */
  policy: string;
  /** The boundaries, in calendar days. */
  when: string;
  raises: readonly FindingKind[];
  file: string;
  apply:
    | ((ctx: OrderContext, out: Collector) => void)
    | ((ctx: OrderContext, claims: Collector, out: Collector) => void)
    | ((ctx: OrderContext, filed: readonly Claim[], found: Collector, out: Collector) => void);
}

export const POLICY_RULES: readonly PolicyRule[] = [
  {
    id: 'R1',
    name: 'tracking pending',
    policy: 'shipped, no tracking yet: wait: carriers need time',
    when: 'shipped, no tracking number, today = S; only when the package list is known (the shipment has packages, or the page or API reported its packages or the shipment): a report may simply have no tracking column',
    raises: ['tracking-pending'],
    file: 'core/policy/rules/tracking.ts',
    apply: tracking,
  },
  {
    id: 'R2',
    name: 'tracking missing',
    policy:
      'shipped, still no tracking on or after the day after the ship day: check the order page / Swiship; some carriers only send the final "delivered" event',
    when: "shipped, no tracking number, today >= S + 1; only when the package list is known, as for R1, or a Fulfilled Shipments report with a tracking column left the cell empty on a shipped row (domain.md §6): then from max(S + 1, the row's reporting-date, else S), naming that report day",
    raises: ['tracking-missing'],
    file: 'core/policy/rules/tracking.ts',
    apply: tracking,
  },
  {
    id: 'R3',
    name: 'not shipped by the EDD',
    policy: 'not shipped on the estimated delivery date (EDD): contact Selling Partner Support',
    when: 'not shipped and today >= D; "not shipped" rests on evidence: order status New/Received/Planning/Processing or a PENDING shipment (the page/API statuses). Unknown whether it shipped (no status, no ship date, no carrier data): needs-data from D, never a guess',
    raises: ['not-shipped-by-edd'],
    file: 'core/policy/rules/not-shipped-by-edd.ts',
    apply: notShippedByEdd,
  },
  {
    id: 'R4',
    name: 'lost order',
    policy:
      'not delivered within the 7 days following the EDD, carrier does not say delivered: claim a lost-order reimbursement via Selling Partner Support; never if the carrier marked it delivered',
    when: 'shipped, not delivered: D < today < D + 8 watch; D + 8 <= today <= D + claimWindowDays claim (check first when the carrier status is unknown); later expired. claimWindowDays is at least 8 (a smaller value counts as 8)',
    raises: ['lost-watch', 'lost-check', 'lost-claimable', 'claim-expired'],
    file: 'core/policy/rules/lost-order.ts',
    apply: lostOrder,
  },
  {
    id: 'R5',
    name: 'damaged order',
    policy: 'damaged in transit: claim a damaged-order reimbursement with photo proof',
    when: 'from the day damage is known: carrier event EVENT_405 (its date, else the day the event was first seen), a carrier/fulfiller-damaged return, or the seller marks it',
    raises: ['damaged-claimable'],
    file: 'core/policy/rules/damaged.ts',
    apply: damaged,
  },
  {
    id: 'R6',
    name: 'not eligible',
    policy:
      'MCF used to pull stock out of a fulfilment centre, or to fulfil Amazon orders: no lost/damaged reimbursement; create a removal order instead (or use FBA)',
    when: 'purpose removal or amazon-order, on the days a lost/damaged finding would have been raised',
    raises: ['not-eligible'],
    file: 'core/policy/rules/not-eligible.ts',
    apply: notEligible,
  },
  {
    id: 'R7',
    name: 'unfulfillable',
    policy:
      'order cannot ship: unit damaged with no replacement, or product newly classed as dangerous goods: check the daily inventory history report; for hazmat, follow the dangerous-goods review',
    when: 'status Unfulfillable or Invalid, or the page gave a reason',
    raises: ['unfulfillable'],
    file: 'core/policy/rules/unfulfillable.ts',
    apply: unfulfillable,
  },
  {
    id: 'R8',
    name: 'customer return',
    policy:
      'customer return: create a return authorization (RMA) on the order page, send it to the customer to put in the parcel; follow "État du retour"',
    when: 'an RMA not yet received; warning from created + returnReminderDays (created = the RMA date, else the day the return was first seen; with neither, info counted from today)',
    raises: ['return-open'],
    file: 'core/policy/rules/return-open.ts',
    apply: returnOpen,
  },
  {
    id: 'R8',
    name: 'return received unsellable',
    policy:
      'customer return: sellable units go back to stock, damaged ones can be claimed; unsellable units need a removal order (domain.md §6)',
    when: 'a return received (status received, or a received date) in a condition other than Sellable, not closed; from the received date, else the day the condition was first seen. CarrierDamaged and FulfillerDamaged are also damaged-claimable (R5)',
    raises: ['return-removal'],
    file: 'core/policy/rules/return-received.ts',
    apply: returnReceived,
  },
  {
    id: 'claims',
    name: 'claim follow-up',
    policy:
      'a claim filed with Selling Partner Support is followed until paid: unpaid after N days (setting, default 30) or refused, it becomes a finding with a next step (issue 15); lost-order reimbursements are paid by Amazon (domain.md §1 R4, §6 Reimbursements report)',
    when: 'per claim naming the order: filed and today <= filedOn + unpaidClaimDays: info; from filedOn + unpaidClaimDays + 1 while not paid: action; partly paid: warning; refused: action until reopened. A lost claim replaces lost-watch/lost-check/lost-claimable/claim-expired, a damaged claim damaged-claimable; a paid claim leaves nothing',
    raises: ['claim-filed', 'claim-unpaid', 'claim-partly-paid', 'claim-refused'],
    file: 'core/policy/rules/claim-follow-up.ts',
    apply: claimFollowUp,
  },
  {
    id: 'data',
    name: 'needs data',
    policy:
      'a date-based rule cannot be judged without S or D, or without knowing whether it shipped: open the order page or type them',
    when: 'whenever R1–R4 need S or D and it is unknown, or R3 reaches D and the ship state is unknown (names the status and ship-date fields)',
    raises: ['needs-data'],
    file: 'core/policy/rules/needs-data.ts',
    apply: needsData,
  },
];
