import type { Finding, FindingKind } from '../model/finding';
import { SEVERITY_RANK } from '../model/finding';
import type { Order } from '../model/order';

// What the seller does, step by step, in each situation of the policy (domain.md §1). Data, not
// code: the popup renders it, and the background stores each step's state per order under
// `<checklist id>.<step id>` (a case id is kept as the note of a `case-id` step).

export type ChecklistLang = 'fr' | 'en';
export type Localized = Readonly<Record<ChecklistLang, string>>;

/** What a step offers besides its checkbox. */
export type StepKind =
  /** A plain step. */
  | 'check'
  /** Copy the Selling Partner Support case text (`claimText`). */
  | 'copy-claim'
  /** Record the case id Selling Partner Support gave. */
  | 'case-id'
  /** The return-authorization prefill. */
  | 'return-form';

export interface ChecklistStep {
  id: string;
  kind: StepKind;
  text: Localized;
}

export const CHECKLIST_IDS = ['lost', 'damaged', 'not-shipped', 'unfulfillable', 'return'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export interface Checklist {
  id: ChecklistId;
  title: Localized;
  /** The findings this checklist answers. */
  kinds: readonly FindingKind[];
  steps: readonly ChecklistStep[];
}

const step = (id: string, fr: string, en: string, kind: StepKind = 'check'): ChecklistStep => ({
  id,
  kind,
  text: { fr, en },
});

export const CHECKLISTS: Readonly<Record<ChecklistId, Checklist>> = {
  // R4: "claimable from EDD + 8 days (the 7 days after the EDD are over); never if the carrier
  // marked it delivered"; "Amazon pays the seller, who still settles with the customer".
  lost: {
    id: 'lost',
    title: { fr: 'Commande perdue', en: 'Lost order' },
    kinds: ['lost-watch', 'lost-check', 'lost-claimable'],
    steps: [
      step(
        'wait',
        'Attendre J + 8 : la fin des 7 jours qui suivent la date de livraison estimée',
        'Wait until D + 8: the 7 days after the estimated delivery date are over',
      ),
      step(
        'swiship',
        "Vérifier sur Swiship que le colis n'est pas indiqué livré",
        'Check on Swiship that the parcel is not shown as delivered',
      ),
      step(
        'open-case',
        'Ouvrir un dossier auprès du support aux partenaires de vente',
        'Open a case with Selling Partner Support',
        'copy-claim',
      ),
      step(
        'customer',
        'Régler la situation avec le client (remboursement ou nouvel envoi)',
        'Settle with the customer (refund or replacement)',
      ),
      step('case-id', 'Noter le numéro du dossier', 'Record the case id', 'case-id'),
      step(
        'reimbursement',
        'Vérifier le remboursement (rapport d’inventaire FBA, rapport de paiements)',
        'Check the reimbursement (FBA inventory report, payments report)',
      ),
    ],
  },
  // R5 and the US MCF reimbursement FAQ: photos of the whole item showing the damage
  // (serial/model numbers for electronics), of the shipping box and of all shipping labels.
  damaged: {
    id: 'damaged',
    title: { fr: 'Commande endommagée', en: 'Damaged order' },
    kinds: ['damaged-claimable'],
    steps: [
      step(
        'photo-item',
        "Photos de l'article entier montrant les dégâts",
        'Photos of the whole item showing the damage',
      ),
      step('photo-box', 'Photos du carton d’expédition', 'Photos of the shipping box'),
      step('photo-labels', 'Photos de toutes les étiquettes d’expédition', 'Photos of all shipping labels'),
      step(
        'serials',
        'Électronique : photos des numéros de série et de modèle',
        'Electronics: photos of the serial and model numbers',
      ),
      step(
        'open-case',
        'Ouvrir un dossier auprès du support aux partenaires de vente, photos jointes',
        'Open a case with Selling Partner Support, photos attached',
        'copy-claim',
      ),
      step('case-id', 'Noter le numéro du dossier', 'Record the case id', 'case-id'),
    ],
  },
  // R3: "not shipped on the estimated delivery date: contact Selling Partner Support".
  'not-shipped': {
    id: 'not-shipped',
    title: { fr: 'Non expédiée à la date prévue', en: 'Not shipped by the estimated delivery date' },
    kinds: ['not-shipped-by-edd'],
    steps: [
      step(
        'contact-support',
        'Contacter le support aux partenaires de vente',
        'Contact Selling Partner Support',
        'copy-claim',
      ),
    ],
  },
  // R7: "check the daily inventory history report; for hazmat, follow the dangerous-goods review".
  unfulfillable: {
    id: 'unfulfillable',
    title: { fr: 'Commande non expédiable', en: 'Order cannot ship' },
    kinds: ['unfulfillable'],
    steps: [
      step(
        'inventory-report',
        "Consulter le rapport quotidien d'historique de l'inventaire",
        'Check the daily inventory history report',
      ),
      step(
        'hazmat',
        'Produit dangereux : suivre l’examen des marchandises dangereuses',
        'Dangerous goods: follow the hazmat review',
      ),
    ],
  },
  // R8, in the order of the Seller Central help page (en_GB: "click the order ID; click Create
  // Customer Return; in the Return drop-down choose the number of each item returned; in Return
  // Reason choose the reason; in Comments type any comment; click Submit"), then the return's
  // life (domain.md §6): the authorization slip goes inside the parcel, the label carries the
  // fulfilment centre's address (no postage), "État du retour" goes authorized → in transit →
  // received with the unit's condition; sellable units go back to stock, unsellable ones need a
  // removal order, carrier- or fulfiller-damaged ones are claimable (R5).
  return: {
    id: 'return',
    title: { fr: 'Retour client', en: 'Customer return' },
    kinds: ['return-open', 'return-removal'],
    steps: [
      step('open-order', 'Ouvrir la commande', 'Open the order'),
      step('create-return', 'Cliquer sur « Créer un retour client »', 'Click “Create customer return”'),
      step(
        'quantities',
        'Choisir la quantité de chaque article dans « Retour »',
        'Choose the quantity of each item in “Return”',
        'return-form',
      ),
      step(
        'reason',
        'Choisir le motif de chaque article retourné dans « Motif du retour »',
        'Choose the reason of each returned item in “Return Reason”',
      ),
      step('comments', 'Saisir un commentaire dans « Commentaires »', 'Type a comment in “Comments”'),
      step('submit', 'Vérifier, puis cliquer sur « Soumettre »', 'Review, then click “Submit”'),
      step(
        'send-rma',
        "Envoyer au client le bordereau d'autorisation de retour (RMA), à glisser dans le colis",
        'Send the customer the return authorization slip (RMA), to put inside the parcel',
      ),
      step(
        'label',
        "Fournir l'étiquette de retour vers l'adresse du RMA (sans affranchissement : le client paie le port), ou demander au client d'y expédier le colis",
        "Give the return label to the RMA's address (no postage: the customer pays it), or ask the customer to ship there",
      ),
      step(
        'follow',
        'Suivre « État du retour » : autorisé, puis en transit, puis reçu',
        'Follow “Return status”: authorized, then in transit, then received',
      ),
      step(
        'received',
        "Retour reçu : noter l'état de l'unité (vendable, défectueuse, endommagée)",
        'Return received: note the unit’s condition (sellable, defective, damaged)',
      ),
      step(
        'refund',
        'Rembourser le client (ou lui renvoyer un article)',
        'Refund the customer (or send a replacement)',
      ),
      step(
        'restocked',
        'Unité vendable : vérifier sa remise en stock',
        'Sellable unit: check it is back in stock',
      ),
      step(
        'removal',
        'Unité invendable : créer un ordre de retrait',
        'Unsellable unit: create a removal order',
      ),
      step(
        'damaged-claim',
        'Endommagée par le transporteur ou le centre de distribution : ouvrir une réclamation (liste « Commande endommagée »)',
        'Damaged by the carrier or the fulfilment centre: open a claim (“Damaged order” list)',
      ),
    ],
  },
};

/**
 * Steps of the return checklist that the return's own state shows done, whether or not the
 * seller ticked them: an RMA exists (the form was submitted), it is in transit (the customer has
 * the slip and the label), it was received. Steps that do not apply to the condition found
 * (`restocked` for an unsellable unit, `removal` for a sellable one, `damaged-claim` unless the
 * carrier or fulfilment centre damaged it) are listed as not applicable.
 */
export function returnStepStates(order: Pick<Order, 'returns'>): {
  done: ReadonlySet<string>;
  notApplicable: ReadonlySet<string>;
} {
  const done = new Set<string>();
  const notApplicable = new Set<string>();
  const ret = order.returns[0];
  if (!ret) return { done, notApplicable };
  for (const id of ['open-order', 'create-return', 'quantities', 'reason', 'comments', 'submit'])
    done.add(id);
  const stage = RETURN_STAGE[ret.status] ?? 0;
  const received = stage >= 2 || ret.receivedDate !== undefined;
  if (stage >= 1 || received) for (const id of ['send-rma', 'label']) done.add(id);
  if (received) for (const id of ['follow']) done.add(id);
  if (received && ret.receivedCondition !== undefined) {
    done.add('received');
    const sellable = ret.receivedCondition === 'Sellable';
    if (sellable) notApplicable.add('removal');
    else notApplicable.add('restocked');
    if (!['CarrierDamaged', 'FulfillerDamaged'].includes(ret.receivedCondition))
      notApplicable.add('damaged-claim');
  }
  return { done, notApplicable };
}

const RETURN_STAGE: Readonly<Record<string, number>> = {
  authorized: 0,
  'in-transit': 1,
  received: 2,
  closed: 3,
};

/** The key under which a step's state is stored for an order. */
export function stepKey(checklist: ChecklistId, stepId: string): string {
  return `${checklist}.${stepId}`;
}

/**
 * The checklists that answer an order's findings, the most urgent situation first; each with the
 * finding that calls for it (its claim text comes from that finding).
 */
export function checklistsFor(findings: readonly Finding[]): { checklist: Checklist; finding: Finding }[] {
  const byChecklist = new Map<ChecklistId, Finding>();
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  for (const finding of sorted) {
    const checklist = CHECKLIST_IDS.find((id) => CHECKLISTS[id].kinds.includes(finding.kind));
    if (checklist && !byChecklist.has(checklist)) byChecklist.set(checklist, finding);
  }
  return [...byChecklist].map(([id, finding]) => ({ checklist: CHECKLISTS[id], finding }));
}
