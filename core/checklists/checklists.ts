import type { Lang } from '../i18n/lang';
import type { Finding, FindingKind } from '../model/finding';
import { SEVERITY_RANK } from '../model/finding';
import type { Order } from '../model/order';

// What the seller does, step by step, in each situation of the policy (domain.md §1). Data, not
// code: the popup renders it, and the background stores each step's state per order under
// `<checklist id>.<step id>` (a case id is kept as the note of a `case-id` step).

export type ChecklistLang = Lang;
/** A text in every language: a missing one fails the typecheck. */
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

const step = (id: string, text: Localized, kind: StepKind = 'check'): ChecklistStep => ({ id, kind, text });

export const CHECKLISTS: Readonly<Record<ChecklistId, Checklist>> = {
  // R4: "claimable from EDD + 8 days (the 7 days after the EDD are over); never if the carrier
  // marked it delivered"; "Amazon pays the seller, who still settles with the customer".
  lost: {
    id: 'lost',
    title: {
      fr: 'Commande perdue',
      en: 'Lost order',
      de: 'Verlorene Bestellung',
      es: 'Pedido perdido',
      it: 'Ordine perso',
    },
    kinds: ['lost-watch', 'lost-check', 'lost-claimable'],
    steps: [
      step('wait', {
        fr: 'Attendre J + 8 : la fin des 7 jours qui suivent la date de livraison estimée',
        en: 'Wait until D + 8: the 7 days after the estimated delivery date are over',
        de: 'Bis T + 8 warten: Die 7 Tage nach dem voraussichtlichen Lieferdatum sind vorbei',
        es: 'Esperar hasta D + 8: los 7 días siguientes a la fecha de entrega estimada han terminado',
        it: 'Attendere G + 8: i 7 giorni dopo la data di consegna stimata sono trascorsi',
      }),
      step('swiship', {
        fr: "Vérifier sur Swiship que le colis n'est pas indiqué livré",
        en: 'Check on Swiship that the parcel is not shown as delivered',
        de: 'Auf Swiship prüfen, dass das Paket nicht als zugestellt angezeigt wird',
        es: 'Comprobar en Swiship que el paquete no aparece como entregado',
        it: 'Verificare su Swiship che il pacco non risulti consegnato',
      }),
      step(
        'open-case',
        {
          fr: 'Ouvrir un dossier auprès du support aux partenaires de vente',
          en: 'Open a case with Selling Partner Support',
          de: 'Einen Fall beim Partner-Support eröffnen',
          es: 'Abrir un caso con el soporte para socios de venta',
          it: 'Aprire un caso con il supporto partner di vendita',
        },
        'copy-claim',
      ),
      step('customer', {
        fr: 'Régler la situation avec le client (remboursement ou nouvel envoi)',
        en: 'Settle with the customer (refund or replacement)',
        de: 'Mit dem Kunden eine Lösung finden (Erstattung oder Ersatzlieferung)',
        es: 'Resolver con el cliente (reembolso o sustitución)',
        it: 'Risolvere con il cliente (rimborso o sostituzione)',
      }),
      step(
        'case-id',
        {
          fr: 'Noter le numéro du dossier',
          en: 'Record the case id',
          de: 'Die Fall-ID notieren',
          es: 'Anotar el n.º de caso',
          it: 'Annotare l’ID del caso',
        },
        'case-id',
      ),
      step('reimbursement', {
        fr: 'Vérifier le remboursement (rapport d’inventaire FBA, rapport de paiements)',
        en: 'Check the reimbursement (FBA inventory report, payments report)',
        de: 'Die Erstattung prüfen (FBA-Lagerbestandsbericht, Zahlungsbericht)',
        es: 'Comprobar el reembolso (informe de inventario de FBA, informe de pagos)',
        it: 'Verificare il rimborso (report inventario FBA, report pagamenti)',
      }),
    ],
  },
  // R5 and the US MCF reimbursement FAQ: photos of the whole item showing the damage
  // (serial/model numbers for electronics), of the shipping box and of all shipping labels.
  damaged: {
    id: 'damaged',
    title: {
      fr: 'Commande endommagée',
      en: 'Damaged order',
      de: 'Beschädigte Bestellung',
      es: 'Pedido dañado',
      it: 'Ordine danneggiato',
    },
    kinds: ['damaged-claimable'],
    steps: [
      step('photo-item', {
        fr: "Photos de l'article entier montrant les dégâts",
        en: 'Photos of the whole item showing the damage',
        de: 'Fotos des ganzen Artikels, die den Schaden zeigen',
        es: 'Fotos del artículo entero mostrando el daño',
        it: 'Foto dell’intero articolo che mostrano il danno',
      }),
      step('photo-box', {
        fr: 'Photos du carton d’expédition',
        en: 'Photos of the shipping box',
        de: 'Fotos des Versandkartons',
        es: 'Fotos de la caja de envío',
        it: 'Foto della scatola di spedizione',
      }),
      step('photo-labels', {
        fr: 'Photos de toutes les étiquettes d’expédition',
        en: 'Photos of all shipping labels',
        de: 'Fotos aller Versandetiketten',
        es: 'Fotos de todas las etiquetas de envío',
        it: 'Foto di tutte le etichette di spedizione',
      }),
      step('serials', {
        fr: 'Électronique : photos des numéros de série et de modèle',
        en: 'Electronics: photos of the serial and model numbers',
        de: 'Elektronik: Fotos der Serien- und Modellnummern',
        es: 'Electrónica: fotos de los números de serie y de modelo',
        it: 'Elettronica: foto dei numeri di serie e di modello',
      }),
      step(
        'open-case',
        {
          fr: 'Ouvrir un dossier auprès du support aux partenaires de vente, photos jointes',
          en: 'Open a case with Selling Partner Support, photos attached',
          de: 'Einen Fall beim Partner-Support eröffnen, mit Fotos im Anhang',
          es: 'Abrir un caso con el soporte para socios de venta, con las fotos adjuntas',
          it: 'Aprire un caso con il supporto partner di vendita, con le foto allegate',
        },
        'copy-claim',
      ),
      step(
        'case-id',
        {
          fr: 'Noter le numéro du dossier',
          en: 'Record the case id',
          de: 'Die Fall-ID notieren',
          es: 'Anotar el n.º de caso',
          it: 'Annotare l’ID del caso',
        },
        'case-id',
      ),
    ],
  },
  // R3: "not shipped on the estimated delivery date: contact Selling Partner Support".
  'not-shipped': {
    id: 'not-shipped',
    title: {
      fr: 'Non expédiée à la date prévue',
      en: 'Not shipped by the estimated delivery date',
      de: 'Bis zum voraussichtlichen Lieferdatum nicht versandt',
      es: 'No enviado en la fecha de entrega estimada',
      it: 'Non spedito entro la data di consegna stimata',
    },
    kinds: ['not-shipped-by-edd'],
    steps: [
      step(
        'contact-support',
        {
          fr: 'Contacter le support aux partenaires de vente',
          en: 'Contact Selling Partner Support',
          de: 'Partner-Support kontaktieren',
          es: 'Contactar con el soporte para socios de venta',
          it: 'Contattare il supporto partner di vendita',
        },
        'copy-claim',
      ),
    ],
  },
  // R7: "check the daily inventory history report; for hazmat, follow the dangerous-goods review".
  unfulfillable: {
    id: 'unfulfillable',
    title: {
      fr: 'Commande non expédiable',
      en: 'Order cannot ship',
      de: 'Bestellung kann nicht versandt werden',
      es: 'El pedido no se puede enviar',
      it: 'L’ordine non può essere spedito',
    },
    kinds: ['unfulfillable'],
    steps: [
      step('inventory-report', {
        fr: "Consulter le rapport quotidien d'historique de l'inventaire",
        en: 'Check the daily inventory history report',
        de: 'Den täglichen Bericht zum Lagerbestandsverlauf prüfen',
        es: 'Consultar el informe diario del historial de inventario',
        it: 'Consultare il report giornaliero della cronologia dell’inventario',
      }),
      step('hazmat', {
        fr: 'Produit dangereux : suivre l’examen des marchandises dangereuses',
        en: 'Dangerous goods: follow the hazmat review',
        de: 'Gefahrgut: der Gefahrgutprüfung folgen',
        es: 'Mercancía peligrosa: seguir la revisión de mercancías peligrosas',
        it: 'Merce pericolosa: seguire la revisione delle merci pericolose',
      }),
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
    title: {
      fr: 'Retour client',
      en: 'Customer return',
      de: 'Kundenrücksendung',
      es: 'Devolución del cliente',
      it: 'Reso cliente',
    },
    kinds: ['return-open', 'return-removal'],
    steps: [
      step('open-order', {
        fr: 'Ouvrir la commande',
        en: 'Open the order',
        de: 'Die Bestellung öffnen',
        es: 'Abrir el pedido',
        it: 'Aprire l’ordine',
      }),
      step('create-return', {
        fr: 'Cliquer sur « Créer un retour client »',
        en: 'Click “Create customer return”',
        de: 'Auf „Kundenrücksendung erstellen“ klicken',
        es: 'Hacer clic en «Crear devolución del cliente»',
        it: 'Fare clic su «Crea reso cliente»',
      }),
      step(
        'quantities',
        {
          fr: 'Choisir la quantité de chaque article dans « Retour »',
          en: 'Choose the quantity of each item in “Return”',
          de: 'Die Menge jedes Artikels unter „Rücksendung“ wählen',
          es: 'Elegir la cantidad de cada artículo en «Devolución»',
          it: 'Scegliere la quantità di ogni articolo in «Reso»',
        },
        'return-form',
      ),
      step('reason', {
        fr: 'Choisir le motif de chaque article retourné dans « Motif du retour »',
        en: 'Choose the reason of each returned item in “Return Reason”',
        de: 'Den Grund jedes zurückgesendeten Artikels unter „Rücksendegrund“ wählen',
        es: 'Elegir el motivo de cada artículo devuelto en «Motivo de la devolución»',
        it: 'Scegliere il motivo di ogni articolo reso in «Motivo del reso»',
      }),
      step('comments', {
        fr: 'Saisir un commentaire dans « Commentaires »',
        en: 'Type a comment in “Comments”',
        de: 'Einen Kommentar unter „Kommentare“ eingeben',
        es: 'Escribir un comentario en «Comentarios»',
        it: 'Scrivere un commento in «Commenti»',
      }),
      step('submit', {
        fr: 'Vérifier, puis cliquer sur « Soumettre »',
        en: 'Review, then click “Submit”',
        de: 'Prüfen, dann auf „Senden“ klicken',
        es: 'Revisar y hacer clic en «Enviar»',
        it: 'Verificare, poi fare clic su «Invia»',
      }),
      step('send-rma', {
        fr: "Envoyer au client le bordereau d'autorisation de retour (RMA), à glisser dans le colis",
        en: 'Send the customer the return authorization slip (RMA), to put inside the parcel',
        de: 'Dem Kunden die Rücksendegenehmigung (RMA) schicken, die ins Paket gehört',
        es: 'Enviar al cliente la autorización de devolución (RMA), que debe ir dentro del paquete',
        it: 'Inviare al cliente l’autorizzazione al reso (RMA), da mettere nel pacco',
      }),
      step('label', {
        fr: "Fournir l'étiquette de retour vers l'adresse du RMA (sans affranchissement : le client paie le port), ou demander au client d'y expédier le colis",
        en: "Give the return label to the RMA's address (no postage: the customer pays it), or ask the customer to ship there",
        de: 'Das Rücksendeetikett an die Adresse der RMA bereitstellen (unfrankiert: Der Kunde zahlt das Porto) oder den Kunden bitten, dorthin zu senden',
        es: 'Facilitar la etiqueta de devolución a la dirección de la RMA (sin franqueo: el cliente paga el envío) o pedir al cliente que lo envíe allí',
        it: 'Fornire l’etichetta di reso verso l’indirizzo dell’RMA (senza affrancatura: la spedizione è a carico del cliente) o chiedere al cliente di spedire lì',
      }),
      step('follow', {
        fr: 'Suivre « État du retour » : autorisé, puis en transit, puis reçu',
        en: 'Follow “Return status”: authorized, then in transit, then received',
        de: 'Den „Rücksendestatus“ verfolgen: genehmigt, dann unterwegs, dann erhalten',
        es: 'Seguir el «Estado de la devolución»: autorizada, en tránsito, recibida',
        it: 'Seguire lo «Stato del reso»: autorizzato, poi in transito, poi ricevuto',
      }),
      step('received', {
        fr: "Retour reçu : noter l'état de l'unité (vendable, défectueuse, endommagée)",
        en: 'Return received: note the unit’s condition (sellable, defective, damaged)',
        de: 'Rücksendung erhalten: den Zustand der Einheit notieren (verkaufsfähig, defekt, beschädigt)',
        es: 'Devolución recibida: anotar el estado de la unidad (vendible, defectuosa, dañada)',
        it: 'Reso ricevuto: annotare la condizione dell’unità (vendibile, difettosa, danneggiata)',
      }),
      step('refund', {
        fr: 'Rembourser le client (ou lui renvoyer un article)',
        en: 'Refund the customer (or send a replacement)',
        de: 'Dem Kunden den Betrag erstatten (oder Ersatz senden)',
        es: 'Reembolsar al cliente (o enviar una sustitución)',
        it: 'Rimborsare il cliente (o inviare una sostituzione)',
      }),
      step('restocked', {
        fr: 'Unité vendable : vérifier sa remise en stock',
        en: 'Sellable unit: check it is back in stock',
        de: 'Verkaufsfähige Einheit: prüfen, dass sie wieder im Bestand ist',
        es: 'Unidad vendible: comprobar que ha vuelto al inventario',
        it: 'Unità vendibile: verificare che sia tornata in inventario',
      }),
      step('removal', {
        fr: 'Unité invendable : créer un ordre de retrait',
        en: 'Unsellable unit: create a removal order',
        de: 'Nicht verkaufsfähige Einheit: einen Remissionsauftrag erstellen',
        es: 'Unidad no vendible: crear una orden de retirada',
        it: 'Unità non vendibile: creare un ordine di rimozione',
      }),
      step('damaged-claim', {
        fr: 'Endommagée par le transporteur ou le centre de distribution : ouvrir une réclamation (liste « Commande endommagée »)',
        en: 'Damaged by the carrier or the fulfilment centre: open a claim (“Damaged order” list)',
        de: 'Vom Versanddienst oder im Logistikzentrum beschädigt: einen Erstattungsantrag stellen (Liste „Beschädigte Bestellung“)',
        es: 'Dañada por el transportista o el centro logístico: abrir una reclamación (lista «Pedido dañado»)',
        it: 'Danneggiata dal corriere o dal centro logistico: aprire una richiesta di rimborso (lista «Ordine danneggiato»)',
      }),
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
