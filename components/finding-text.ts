import { formatCalendarDate } from '../core/dates/calendar-day';
import { LANG_LOCALE, type Lang } from '../core/i18n/lang';
import type { Finding, FindingKind } from '../core/model/finding';

// Human texts of the findings. The engine only emits a kind, a message key and facts; what the
// seller reads lives here with the UI, in the five languages. Dates are calendar days of the
// marketplace, formatted in UTC so that no zone moves them. Pure TS: no browser API.

export type FindingLang = Lang;

export interface FindingText {
  title: string;
  action: string;
  detail?: string;
}

type Format = (finding: Finding, date: (value: unknown) => string) => FindingText;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string => str(value).split(',').filter(Boolean).join(', ');

const FIELD_NAMES_EN = {
  shippingDate: 'ship date',
  estimatedArrivalDate: 'estimated delivery date',
  fulfillmentOrderStatus: 'order status',
  fulfillmentShipmentStatus: 'shipment status',
  /** "(shipment 2)" after a field of the second shipment. */
  shipment: 'shipment',
  unknownDate: 'unknown date',
};

export const FIELD_NAMES: Readonly<
  Record<FindingLang, typeof FIELD_NAMES_EN & Readonly<Record<string, string>>>
> = {
  fr: {
    shippingDate: "date d'expédition",
    estimatedArrivalDate: 'date de livraison estimée',
    fulfillmentOrderStatus: 'statut de la commande',
    fulfillmentShipmentStatus: "statut de l'expédition",
    shipment: 'expédition',
    unknownDate: 'date inconnue',
  },
  en: FIELD_NAMES_EN,
  de: {
    shippingDate: 'Versanddatum',
    estimatedArrivalDate: 'voraussichtliches Lieferdatum',
    fulfillmentOrderStatus: 'Bestellstatus',
    fulfillmentShipmentStatus: 'Sendungsstatus',
    shipment: 'Sendung',
    unknownDate: 'Datum unbekannt',
  },
  es: {
    shippingDate: 'fecha de envío',
    estimatedArrivalDate: 'fecha de entrega estimada',
    fulfillmentOrderStatus: 'estado del pedido',
    fulfillmentShipmentStatus: 'estado del envío',
    shipment: 'envío',
    unknownDate: 'fecha desconocida',
  },
  it: {
    shippingDate: 'data di spedizione',
    estimatedArrivalDate: 'data di consegna stimata',
    fulfillmentOrderStatus: 'stato dell’ordine',
    fulfillmentShipmentStatus: 'stato della spedizione',
    shipment: 'spedizione',
    unknownDate: 'data sconosciuta',
  },
};

/** SP-API return conditions (domain.md §6), as the seller reads them. */
const RETURN_CONDITION_NAMES_EN = {
  Sellable: 'sellable',
  Defective: 'defective',
  CustomerDamaged: 'damaged by the customer',
  CarrierDamaged: 'damaged by the carrier',
  FulfillerDamaged: 'damaged by the fulfilment centre',
};

export const RETURN_CONDITION_NAMES: Readonly<
  Record<FindingLang, typeof RETURN_CONDITION_NAMES_EN & Readonly<Record<string, string>>>
> = {
  fr: {
    Sellable: 'vendable',
    Defective: 'défectueux',
    CustomerDamaged: 'endommagé par le client',
    CarrierDamaged: 'endommagé par le transporteur',
    FulfillerDamaged: 'endommagé par le centre de distribution',
  },
  en: RETURN_CONDITION_NAMES_EN,
  de: {
    Sellable: 'verkaufsfähig',
    Defective: 'defekt',
    CustomerDamaged: 'vom Kunden beschädigt',
    CarrierDamaged: 'vom Versanddienst beschädigt',
    FulfillerDamaged: 'im Logistikzentrum beschädigt',
  },
  es: {
    Sellable: 'vendible',
    Defective: 'defectuoso',
    CustomerDamaged: 'dañado por el cliente',
    CarrierDamaged: 'dañado por el transportista',
    FulfillerDamaged: 'dañado en el centro logístico',
  },
  it: {
    Sellable: 'vendibile',
    Defective: 'difettoso',
    CustomerDamaged: 'danneggiato dal cliente',
    CarrierDamaged: 'danneggiato dal corriere',
    FulfillerDamaged: 'danneggiato nel centro logistico',
  },
};

function conditionName(value: unknown, lang: FindingLang): string {
  return RETURN_CONDITION_NAMES[lang][str(value)] ?? str(value);
}

/** "shipments.0.shippingDate" → "ship date (shipment 1)". */
function fieldName(path: string, lang: FindingLang): string {
  const parts = path.split('.');
  const field = parts.at(-1) ?? path;
  const name = FIELD_NAMES[lang][field] ?? field;
  const shipment = parts[0] === 'shipments' && parts[1] !== undefined ? Number(parts[1]) + 1 : undefined;
  if (shipment === undefined) return name;
  return `${name} (${FIELD_NAMES[lang].shipment} ${shipment})`;
}

const num = (value: unknown): string => (typeof value === 'number' ? String(value) : '');
/** " 123" after "case"/"dossier" when the case id is known. */
const caseId = (f: Finding): string => (f.facts.caseId ? ` ${str(f.facts.caseId)}` : '');
/** ", case 123" after the filing date when the case id is known. */
const caseRef = (f: Finding, word: string): string =>
  f.facts.caseId ? `, ${word} ${str(f.facts.caseId)}` : '';

const UNITS: Readonly<Record<FindingLang, string>> = {
  fr: 'unités',
  en: 'units',
  de: 'Einheiten',
  es: 'unidades',
  it: 'unità',
};
const OF: Readonly<Record<FindingLang, string>> = { fr: 'sur', en: 'of', de: 'von', es: 'de', it: 'su' };

function money(amount: number, currency: string | undefined, lang: FindingLang): string {
  if (currency === undefined) return amount.toLocaleString(LANG_LOCALE[lang]);
  return new Intl.NumberFormat(LANG_LOCALE[lang], { style: 'currency', currency }).format(amount);
}

/** "40,00 € sur 100,00 €" when the amount claimed is known, else "1 sur 3 unités". */
function received(f: Finding, lang: FindingLang): string {
  const currency = typeof f.facts.currency === 'string' ? f.facts.currency : undefined;
  const got = typeof f.facts.receivedAmount === 'number' ? f.facts.receivedAmount : 0;
  if (typeof f.facts.claimedAmount === 'number') {
    return `${money(got, currency, lang)} ${OF[lang]} ${money(f.facts.claimedAmount, currency, lang)}`;
  }
  return `${num(f.facts.receivedUnits)} ${OF[lang]} ${num(f.facts.claimedUnits)} ${UNITS[lang]}${got > 0 ? ` (${money(got, currency, lang)})` : ''}`;
}

export const FINDING_TEXTS: Readonly<Record<FindingLang, Record<FindingKind, Format>>> = {
  fr: {
    'tracking-pending': (f, date) => ({
      title: 'Expédiée, suivi pas encore disponible',
      action: 'Rien à faire : les transporteurs ont besoin de temps.',
      detail: `Suivi attendu à partir du ${date(f.facts.trackingExpectedOn)}.`,
    }),
    'tracking-missing': (f, date) => ({
      title: 'Pas de numéro de suivi',
      action:
        'Vérifiez la page de la commande et Swiship : certains transporteurs n’envoient que l’événement « livré ».',
      detail: `Expédiée le ${date(f.facts.shippingDate)}.${f.facts.noTrackingReportedOn ? ` Aucun numéro de suivi dans le rapport du ${date(f.facts.noTrackingReportedOn)}.` : ''}`,
    }),
    'not-shipped-by-edd': (f, date) => ({
      title: 'Non expédiée à la date de livraison estimée',
      action: 'Contactez le support aux partenaires de vente.',
      detail: `Livraison estimée le ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-watch': (f, date) => ({
      title: 'En retard sur la date de livraison estimée',
      action: `Réclamation possible à partir du ${date(f.facts.claimOpensOn)}`,
      detail: `Livraison estimée le ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-check': (f, date) => ({
      title: 'Peut-être perdue : statut de livraison inconnu',
      action: 'Vérifiez le suivi sur Swiship avant de réclamer ; ne réclamez pas si le colis est livré.',
      detail: `Réclamation possible jusqu’au ${date(f.deadline)}.`,
    }),
    'lost-claimable': (f, date) => ({
      title: 'Commande perdue : remboursement à demander',
      action: 'Demandez le remboursement au support aux partenaires de vente.',
      detail: `Date limite : ${date(f.deadline)}. Suivi : ${list(f.facts.trackingNumbers) || 'aucun'}.`,
    }),
    'claim-expired': (f, date) => ({
      title: 'Délai de réclamation dépassé',
      action: 'La fenêtre de réclamation est close.',
      detail: `Elle a pris fin le ${date(f.deadline)}.`,
    }),
    'damaged-claimable': () => ({
      title: 'Commande endommagée : remboursement à demander',
      action: 'Demandez le remboursement avec les photos (article, carton, étiquettes) et les justificatifs.',
      detail:
        'Joignez : photos de l’article entier montrant le dommage (n° de série/modèle pour l’électronique), du carton et de toutes les étiquettes ; ASIN/FNSKU et quantité ; preuve de commande hors Amazon ; preuve du remboursement ou du remplacement.',
    }),
    'not-eligible': (f) => ({
      title: 'Non remboursable en Ventes Multi-Sites',
      action:
        f.facts.purpose === 'removal'
          ? 'Pour retirer du stock, créez un ordre de retrait plutôt qu’une commande Ventes Multi-Sites.'
          : 'Les commandes Amazon passent par FBA, pas par les Ventes Multi-Sites.',
      detail:
        'Les commandes de retrait ou de commandes Amazon ne donnent droit à aucun remboursement perte/dommage.',
    }),
    unfulfillable: (f) => ({
      title: 'Commande impossible à expédier',
      action:
        f.facts.check === 'dangerous-goods-review'
          ? 'Le produit est classé marchandise dangereuse : suivez la procédure d’examen des marchandises dangereuses.'
          : 'Consultez le rapport quotidien d’historique de l’inventaire.',
      detail: f.facts.fulfillmentOrderStatus ? `Statut : ${str(f.facts.fulfillmentOrderStatus)}.` : undefined,
    }),
    'return-open': (f, date) => ({
      title: f.severity === 'warning' ? 'Retour sans nouvelles' : 'Retour en cours',
      action: 'Suivez l’« État du retour » ; l’autorisation de retour doit être dans le colis.',
      detail: `RMA ${str(f.facts.rmaId)}, relance le ${date(f.facts.remindOn)}.`,
    }),
    'return-removal': (f, date) => ({
      title: 'Retour reçu invendable',
      action:
        'Créez un ordre de retrait pour cette unité invendable' +
        (f.facts.claimable === true ? ', et réclamez le dommage (liste « Commande endommagée »).' : '.'),
      detail: `RMA ${str(f.facts.rmaId)}, état : ${conditionName(f.facts.receivedCondition, 'fr')}${f.facts.receivedDate ? `, reçu le ${date(f.facts.receivedDate)}` : ''}.`,
    }),
    'needs-data': (f) => ({
      title: 'Données manquantes',
      action:
        'Ouvrez la page de la commande (elle indique si la commande est expédiée) ou saisissez les dates manquantes.',
      detail: `Manque : ${str(f.facts.missing)
        .split(',')
        .filter(Boolean)
        .map((p) => fieldName(p, 'fr'))
        .join(', ')}.`,
    }),
    'claim-filed': (f, date) => ({
      title: 'Réclamation déposée : en attente du remboursement',
      action: 'Rien à faire pour l’instant ; importez le rapport « Remboursements » pour voir le paiement.',
      detail: `Déposée le ${date(f.facts.filedOn)}${caseRef(f, 'dossier')}. Sans paiement, à relancer à partir du ${date(f.facts.unpaidOn)}.`,
    }),
    'claim-unpaid': (f, date) => ({
      title: 'Réclamation impayée',
      action: f.facts.caseId
        ? `Interrogez le support aux partenaires de vente sur le dossier ${str(f.facts.caseId)}.`
        : 'Interrogez le support aux partenaires de vente sur cette réclamation (notez son numéro de dossier).',
      detail: `Déposée le ${date(f.facts.filedOn)}, il y a plus de ${num(f.facts.unpaidClaimDays)} jours, sans remboursement.`,
    }),
    'claim-partly-paid': (f) => ({
      title: 'Réclamation payée en partie',
      action: `Rouvrez le dossier${caseId(f)} auprès du support aux partenaires de vente pour la différence.`,
      detail: `Reçu : ${received(f, 'fr')}.`,
    }),
    'claim-refused': (f, date) => ({
      title: 'Réclamation refusée',
      action:
        (f.facts.windowClosed === true
          ? `La fenêtre de réclamation s’est close le ${date(f.deadline)} : réglez la situation avec le client`
          : `Rouvrez le dossier${caseId(f)} avec le dossier de preuves${f.deadline ? ` avant la fin de la fenêtre de réclamation (${date(f.deadline)})` : ' tant que la fenêtre de réclamation est ouverte'} ; sinon, réglez la situation avec le client`) +
        (f.facts.reason === 'damaged' ? ' et créez un ordre de retrait pour les unités invendables.' : '.'),
      detail: `Déposée le ${date(f.facts.filedOn)}${f.facts.refusedOn ? `, refusée le ${date(f.facts.refusedOn)}` : ''}.`,
    }),
  },
  en: {
    'tracking-pending': (f, date) => ({
      title: 'Shipped, tracking not available yet',
      action: 'Nothing to do: carriers need time.',
      detail: `Tracking expected from ${date(f.facts.trackingExpectedOn)}.`,
    }),
    'tracking-missing': (f, date) => ({
      title: 'No tracking number',
      action: 'Check the order page and Swiship: some carriers only send the final "delivered" event.',
      detail: `Shipped on ${date(f.facts.shippingDate)}.${f.facts.noTrackingReportedOn ? ` No tracking number in the report of ${date(f.facts.noTrackingReportedOn)}.` : ''}`,
    }),
    'not-shipped-by-edd': (f, date) => ({
      title: 'Not shipped by the estimated delivery date',
      action: 'Contact Selling Partner Support.',
      detail: `Estimated delivery ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-watch': (f, date) => ({
      title: 'Late on its estimated delivery date',
      action: `Claim opens on ${date(f.facts.claimOpensOn)}`,
      detail: `Estimated delivery ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-check': (f, date) => ({
      title: 'Possibly lost: delivery status unknown',
      action: 'Check the tracking on Swiship before claiming; do not claim if it was delivered.',
      detail: `Claimable until ${date(f.deadline)}.`,
    }),
    'lost-claimable': (f, date) => ({
      title: 'Lost order: claim a reimbursement',
      action: 'Ask Selling Partner Support for a lost-order reimbursement.',
      detail: `Deadline: ${date(f.deadline)}. Tracking: ${list(f.facts.trackingNumbers) || 'none'}.`,
    }),
    'claim-expired': (f, date) => ({
      title: 'Claim window closed',
      action: 'The claim window is over.',
      detail: `It ended on ${date(f.deadline)}.`,
    }),
    'damaged-claimable': () => ({
      title: 'Damaged order: claim a reimbursement',
      action: 'Claim with photo proof (item, box, labels) and the supporting documents.',
      detail:
        'Attach: photos of the whole item showing the damage (serial/model number for electronics), of the shipping box and of all shipping labels; ASIN/FNSKU and quantity; proof of a non-Amazon order; proof of refund or replacement.',
    }),
    'not-eligible': (f) => ({
      title: 'Not reimbursable under MCF',
      action:
        f.facts.purpose === 'removal'
          ? 'To pull stock out, create a removal order instead of an MCF order.'
          : 'Amazon orders are fulfilled with FBA, not MCF.',
      detail: 'Removal and Amazon-order MCF orders are never reimbursed as lost or damaged.',
    }),
    unfulfillable: (f) => ({
      title: 'Order cannot ship',
      action:
        f.facts.check === 'dangerous-goods-review'
          ? 'The product is classed as dangerous goods: follow the dangerous-goods review.'
          : 'Check the daily inventory history report.',
      detail: f.facts.fulfillmentOrderStatus ? `Status: ${str(f.facts.fulfillmentOrderStatus)}.` : undefined,
    }),
    'return-open': (f, date) => ({
      title: f.severity === 'warning' ? 'Return with no news' : 'Return open',
      action: 'Follow the return status; the return authorization must be inside the parcel.',
      detail: `RMA ${str(f.facts.rmaId)}, reminder on ${date(f.facts.remindOn)}.`,
    }),
    'return-removal': (f, date) => ({
      title: 'Return received unsellable',
      action:
        'Create a removal order for this unsellable unit' +
        (f.facts.claimable === true ? ', and claim the damage (“Damaged order” list).' : '.'),
      detail: `RMA ${str(f.facts.rmaId)}, condition: ${conditionName(f.facts.receivedCondition, 'en')}${f.facts.receivedDate ? `, received on ${date(f.facts.receivedDate)}` : ''}.`,
    }),
    'needs-data': (f) => ({
      title: 'Missing data',
      action: 'Open the order page (it says whether the order shipped) or type the missing dates.',
      detail: `Missing: ${str(f.facts.missing)
        .split(',')
        .filter(Boolean)
        .map((p) => fieldName(p, 'en'))
        .join(', ')}.`,
    }),
    'claim-filed': (f, date) => ({
      title: 'Claim filed, waiting for the reimbursement',
      action: 'Nothing to do yet; import the Reimbursements report to see it paid.',
      detail: `Filed on ${date(f.facts.filedOn)}${caseRef(f, 'case')}. If still unpaid, follow up from ${date(f.facts.unpaidOn)}.`,
    }),
    'claim-unpaid': (f, date) => ({
      title: 'Claim unpaid',
      action: f.facts.caseId
        ? `Ask Selling Partner Support about case ${str(f.facts.caseId)}.`
        : 'Ask Selling Partner Support about this claim (record its case id).',
      detail: `Filed on ${date(f.facts.filedOn)}, more than ${num(f.facts.unpaidClaimDays)} days ago, with no reimbursement.`,
    }),
    'claim-partly-paid': (f) => ({
      title: 'Claim partly paid',
      action: `Reopen case${caseId(f)} with Selling Partner Support for the difference.`,
      detail: `Received: ${received(f, 'en')}.`,
    }),
    'claim-refused': (f, date) => ({
      title: 'Claim refused',
      action:
        (f.facts.windowClosed === true
          ? `The claim window ended on ${date(f.deadline)}: settle with the customer`
          : `Reopen case${caseId(f)} with the evidence pack${f.deadline ? ` before the claim window ends (${date(f.deadline)})` : ' while the claim window is open'}; otherwise settle with the customer`) +
        (f.facts.reason === 'damaged' ? ' and create a removal order for unsellable units.' : '.'),
      detail: `Filed on ${date(f.facts.filedOn)}${f.facts.refusedOn ? `, refused on ${date(f.facts.refusedOn)}` : ''}.`,
    }),
  },
  de: {
    'tracking-pending': (f, date) => ({
      title: 'Versandt, Sendungsverfolgung noch nicht verfügbar',
      action: 'Nichts zu tun: Versanddienste brauchen etwas Zeit.',
      detail: `Sendungsverfolgung erwartet ab ${date(f.facts.trackingExpectedOn)}.`,
    }),
    'tracking-missing': (f, date) => ({
      title: 'Keine Sendungsnummer',
      action:
        'Prüfen Sie die Bestellseite und Swiship: Manche Versanddienste melden nur das Ereignis „zugestellt“.',
      detail: `Versandt am ${date(f.facts.shippingDate)}.${f.facts.noTrackingReportedOn ? ` Keine Sendungsnummer im Bericht vom ${date(f.facts.noTrackingReportedOn)}.` : ''}`,
    }),
    'not-shipped-by-edd': (f, date) => ({
      title: 'Bis zum voraussichtlichen Lieferdatum nicht versandt',
      action: 'Kontaktieren Sie den Partner-Support.',
      detail: `Voraussichtliche Lieferung am ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-watch': (f, date) => ({
      title: 'Voraussichtliches Lieferdatum überschritten',
      action: `Erstattungsantrag möglich ab ${date(f.facts.claimOpensOn)}`,
      detail: `Voraussichtliche Lieferung am ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-check': (f, date) => ({
      title: 'Vielleicht verloren: Lieferstatus unbekannt',
      action:
        'Prüfen Sie die Sendungsverfolgung auf Swiship, bevor Sie einen Antrag stellen; nicht beantragen, wenn das Paket zugestellt wurde.',
      detail: `Antrag möglich bis ${date(f.deadline)}.`,
    }),
    'lost-claimable': (f, date) => ({
      title: 'Verlorene Bestellung: Erstattung beantragen',
      action: 'Beantragen Sie die Erstattung beim Partner-Support.',
      detail: `Frist: ${date(f.deadline)}. Sendungsnummer: ${list(f.facts.trackingNumbers) || 'keine'}.`,
    }),
    'claim-expired': (f, date) => ({
      title: 'Antragsfrist abgelaufen',
      action: 'Die Frist für einen Erstattungsantrag ist vorbei.',
      detail: `Sie endete am ${date(f.deadline)}.`,
    }),
    'damaged-claimable': () => ({
      title: 'Beschädigte Bestellung: Erstattung beantragen',
      action: 'Beantragen Sie die Erstattung mit Fotos (Artikel, Karton, Etiketten) und Nachweisen.',
      detail:
        'Beifügen: Fotos des ganzen Artikels mit dem Schaden (Serien-/Modellnummer bei Elektronik), des Versandkartons und aller Versandetiketten; ASIN/FNSKU und Menge; Nachweis einer Bestellung außerhalb von Amazon; Nachweis der Erstattung oder des Ersatzes.',
    }),
    'not-eligible': (f) => ({
      title: 'Im Multi-Channel-Versand nicht erstattungsfähig',
      action:
        f.facts.purpose === 'removal'
          ? 'Um Bestand abzuziehen, erstellen Sie einen Remissionsauftrag statt einer Multi-Channel-Versand-Bestellung.'
          : 'Amazon-Bestellungen laufen über Versand durch Amazon (FBA), nicht über den Multi-Channel-Versand.',
      detail: 'Remissionen und Amazon-Bestellungen werden bei Verlust oder Beschädigung nie erstattet.',
    }),
    unfulfillable: (f) => ({
      title: 'Bestellung kann nicht versandt werden',
      action:
        f.facts.check === 'dangerous-goods-review'
          ? 'Das Produkt ist als Gefahrgut eingestuft: Folgen Sie der Gefahrgutprüfung.'
          : 'Prüfen Sie den täglichen Bericht zum Lagerbestandsverlauf.',
      detail: f.facts.fulfillmentOrderStatus ? `Status: ${str(f.facts.fulfillmentOrderStatus)}.` : undefined,
    }),
    'return-open': (f, date) => ({
      title: f.severity === 'warning' ? 'Rücksendung ohne Neuigkeiten' : 'Rücksendung läuft',
      action: 'Verfolgen Sie den Rücksendestatus; die Rücksendegenehmigung muss im Paket liegen.',
      detail: `RMA ${str(f.facts.rmaId)}, Erinnerung am ${date(f.facts.remindOn)}.`,
    }),
    'return-removal': (f, date) => ({
      title: 'Rücksendung nicht verkaufsfähig erhalten',
      action:
        'Erstellen Sie einen Remissionsauftrag für diese nicht verkaufsfähige Einheit' +
        (f.facts.claimable === true
          ? ' und beantragen Sie die Erstattung des Schadens (Liste „Beschädigte Bestellung“).'
          : '.'),
      detail: `RMA ${str(f.facts.rmaId)}, Zustand: ${conditionName(f.facts.receivedCondition, 'de')}${f.facts.receivedDate ? `, erhalten am ${date(f.facts.receivedDate)}` : ''}.`,
    }),
    'needs-data': (f) => ({
      title: 'Fehlende Daten',
      action:
        'Öffnen Sie die Bestellseite (sie zeigt, ob die Bestellung versandt wurde) oder geben Sie die fehlenden Daten ein.',
      detail: `Es fehlt: ${str(f.facts.missing)
        .split(',')
        .filter(Boolean)
        .map((p) => fieldName(p, 'de'))
        .join(', ')}.`,
    }),
    'claim-filed': (f, date) => ({
      title: 'Erstattungsantrag gestellt: Erstattung ausstehend',
      action: 'Vorerst nichts zu tun; importieren Sie den Bericht „Erstattungen“, um die Zahlung zu sehen.',
      detail: `Gestellt am ${date(f.facts.filedOn)}${caseRef(f, 'Fall')}. Ohne Zahlung ab ${date(f.facts.unpaidOn)} nachfragen.`,
    }),
    'claim-unpaid': (f, date) => ({
      title: 'Erstattungsantrag unbezahlt',
      action: f.facts.caseId
        ? `Fragen Sie beim Partner-Support zum Fall ${str(f.facts.caseId)} nach.`
        : 'Fragen Sie beim Partner-Support zu diesem Antrag nach (notieren Sie die Fall-ID).',
      detail: `Gestellt am ${date(f.facts.filedOn)}, vor mehr als ${num(f.facts.unpaidClaimDays)} Tagen, ohne Erstattung.`,
    }),
    'claim-partly-paid': (f) => ({
      title: 'Erstattungsantrag teilweise bezahlt',
      action: `Öffnen Sie den Fall${caseId(f)} beim Partner-Support für die Differenz erneut.`,
      detail: `Erhalten: ${received(f, 'de')}.`,
    }),
    'claim-refused': (f, date) => ({
      title: 'Erstattungsantrag abgelehnt',
      action:
        (f.facts.windowClosed === true
          ? `Die Antragsfrist endete am ${date(f.deadline)}: Klären Sie es mit dem Kunden`
          : `Öffnen Sie den Fall${caseId(f)} mit der Beweismappe erneut${f.deadline ? `, bevor die Antragsfrist endet (${date(f.deadline)})` : ', solange die Antragsfrist läuft'}; andernfalls klären Sie es mit dem Kunden`) +
        (f.facts.reason === 'damaged'
          ? ' und erstellen einen Remissionsauftrag für nicht verkaufsfähige Einheiten.'
          : '.'),
      detail: `Gestellt am ${date(f.facts.filedOn)}${f.facts.refusedOn ? `, abgelehnt am ${date(f.facts.refusedOn)}` : ''}.`,
    }),
  },
  es: {
    'tracking-pending': (f, date) => ({
      title: 'Enviado, seguimiento aún no disponible',
      action: 'Nada que hacer: los transportistas necesitan tiempo.',
      detail: `Seguimiento esperado a partir del ${date(f.facts.trackingExpectedOn)}.`,
    }),
    'tracking-missing': (f, date) => ({
      title: 'Sin número de seguimiento',
      action:
        'Compruebe la página del pedido y Swiship: algunos transportistas solo envían el evento «entregado».',
      detail: `Enviado el ${date(f.facts.shippingDate)}.${f.facts.noTrackingReportedOn ? ` Sin número de seguimiento en el informe del ${date(f.facts.noTrackingReportedOn)}.` : ''}`,
    }),
    'not-shipped-by-edd': (f, date) => ({
      title: 'No enviado en la fecha de entrega estimada',
      action: 'Contacte con el soporte para socios de venta.',
      detail: `Entrega estimada el ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-watch': (f, date) => ({
      title: 'Retrasado respecto a la fecha de entrega estimada',
      action: `Reclamación posible a partir del ${date(f.facts.claimOpensOn)}`,
      detail: `Entrega estimada el ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-check': (f, date) => ({
      title: 'Posiblemente perdido: estado de entrega desconocido',
      action: 'Compruebe el seguimiento en Swiship antes de reclamar; no reclame si el paquete se entregó.',
      detail: `Reclamación posible hasta el ${date(f.deadline)}.`,
    }),
    'lost-claimable': (f, date) => ({
      title: 'Pedido perdido: solicitar un reembolso',
      action: 'Solicite el reembolso al soporte para socios de venta.',
      detail: `Fecha límite: ${date(f.deadline)}. Seguimiento: ${list(f.facts.trackingNumbers) || 'ninguno'}.`,
    }),
    'claim-expired': (f, date) => ({
      title: 'Plazo de reclamación vencido',
      action: 'El plazo de reclamación ha terminado.',
      detail: `Terminó el ${date(f.deadline)}.`,
    }),
    'damaged-claimable': () => ({
      title: 'Pedido dañado: solicitar un reembolso',
      action: 'Solicite el reembolso con fotos (artículo, caja, etiquetas) y los justificantes.',
      detail:
        'Adjunte: fotos del artículo entero mostrando el daño (número de serie/modelo en electrónica), de la caja de envío y de todas las etiquetas de envío; ASIN/FNSKU y cantidad; prueba de un pedido ajeno a Amazon; prueba del reembolso o de la sustitución.',
    }),
    'not-eligible': (f) => ({
      title: 'No reembolsable en Envíos multicanal',
      action:
        f.facts.purpose === 'removal'
          ? 'Para retirar inventario, cree una orden de retirada en lugar de un pedido de Envíos multicanal.'
          : 'Los pedidos de Amazon se gestionan con Logística de Amazon (FBA), no con Envíos multicanal.',
      detail: 'Las retiradas y los pedidos de Amazon nunca se reembolsan por pérdida o daño.',
    }),
    unfulfillable: (f) => ({
      title: 'El pedido no se puede enviar',
      action:
        f.facts.check === 'dangerous-goods-review'
          ? 'El producto está clasificado como mercancía peligrosa: siga la revisión de mercancías peligrosas.'
          : 'Consulte el informe diario del historial de inventario.',
      detail: f.facts.fulfillmentOrderStatus ? `Estado: ${str(f.facts.fulfillmentOrderStatus)}.` : undefined,
    }),
    'return-open': (f, date) => ({
      title: f.severity === 'warning' ? 'Devolución sin noticias' : 'Devolución en curso',
      action: 'Siga el estado de la devolución; la autorización de devolución debe ir dentro del paquete.',
      detail: `RMA ${str(f.facts.rmaId)}, recordatorio el ${date(f.facts.remindOn)}.`,
    }),
    'return-removal': (f, date) => ({
      title: 'Devolución recibida no vendible',
      action:
        'Cree una orden de retirada para esta unidad no vendible' +
        (f.facts.claimable === true ? ' y reclame el daño (lista «Pedido dañado»).' : '.'),
      detail: `RMA ${str(f.facts.rmaId)}, estado: ${conditionName(f.facts.receivedCondition, 'es')}${f.facts.receivedDate ? `, recibida el ${date(f.facts.receivedDate)}` : ''}.`,
    }),
    'needs-data': (f) => ({
      title: 'Faltan datos',
      action: 'Abra la página del pedido (indica si se ha enviado) o escriba las fechas que faltan.',
      detail: `Falta: ${str(f.facts.missing)
        .split(',')
        .filter(Boolean)
        .map((p) => fieldName(p, 'es'))
        .join(', ')}.`,
    }),
    'claim-filed': (f, date) => ({
      title: 'Reclamación presentada: reembolso pendiente',
      action: 'Nada que hacer por ahora; importe el informe «Reembolsos» para ver el pago.',
      detail: `Presentada el ${date(f.facts.filedOn)}${caseRef(f, 'caso')}. Si sigue sin pagar, pregunte a partir del ${date(f.facts.unpaidOn)}.`,
    }),
    'claim-unpaid': (f, date) => ({
      title: 'Reclamación sin pagar',
      action: f.facts.caseId
        ? `Pregunte al soporte para socios de venta por el caso ${str(f.facts.caseId)}.`
        : 'Pregunte al soporte para socios de venta por esta reclamación (anote su número de caso).',
      detail: `Presentada el ${date(f.facts.filedOn)}, hace más de ${num(f.facts.unpaidClaimDays)} días, sin reembolso.`,
    }),
    'claim-partly-paid': (f) => ({
      title: 'Reclamación pagada en parte',
      action: `Reabra el caso${caseId(f)} con el soporte para socios de venta por la diferencia.`,
      detail: `Recibido: ${received(f, 'es')}.`,
    }),
    'claim-refused': (f, date) => ({
      title: 'Reclamación rechazada',
      action:
        (f.facts.windowClosed === true
          ? `El plazo de reclamación terminó el ${date(f.deadline)}: resuélvalo con el cliente`
          : `Reabra el caso${caseId(f)} con el dossier de pruebas${f.deadline ? ` antes de que termine el plazo de reclamación (${date(f.deadline)})` : ' mientras el plazo de reclamación siga abierto'}; si no, resuélvalo con el cliente`) +
        (f.facts.reason === 'damaged'
          ? ' y cree una orden de retirada para las unidades no vendibles.'
          : '.'),
      detail: `Presentada el ${date(f.facts.filedOn)}${f.facts.refusedOn ? `, rechazada el ${date(f.facts.refusedOn)}` : ''}.`,
    }),
  },
  it: {
    'tracking-pending': (f, date) => ({
      title: 'Spedito, tracciamento non ancora disponibile',
      action: 'Niente da fare: i corrieri hanno bisogno di tempo.',
      detail: `Tracciamento atteso dal ${date(f.facts.trackingExpectedOn)}.`,
    }),
    'tracking-missing': (f, date) => ({
      title: 'Nessun numero di tracciamento',
      action:
        'Controlla la pagina dell’ordine e Swiship: alcuni corrieri inviano solo l’evento «consegnato».',
      detail: `Spedito il ${date(f.facts.shippingDate)}.${f.facts.noTrackingReportedOn ? ` Nessun numero di tracciamento nel report del ${date(f.facts.noTrackingReportedOn)}.` : ''}`,
    }),
    'not-shipped-by-edd': (f, date) => ({
      title: 'Non spedito entro la data di consegna stimata',
      action: 'Contatta il supporto partner di vendita.',
      detail: `Consegna stimata il ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-watch': (f, date) => ({
      title: 'In ritardo sulla data di consegna stimata',
      action: `Richiesta di rimborso possibile dal ${date(f.facts.claimOpensOn)}`,
      detail: `Consegna stimata il ${date(f.facts.estimatedArrivalDate)}.`,
    }),
    'lost-check': (f, date) => ({
      title: 'Forse perso: stato di consegna sconosciuto',
      action:
        'Controlla il tracciamento su Swiship prima di chiedere il rimborso; non chiederlo se il pacco è stato consegnato.',
      detail: `Richiesta possibile fino al ${date(f.deadline)}.`,
    }),
    'lost-claimable': (f, date) => ({
      title: 'Ordine perso: chiedi un rimborso',
      action: 'Chiedi il rimborso al supporto partner di vendita.',
      detail: `Scadenza: ${date(f.deadline)}. Tracciamento: ${list(f.facts.trackingNumbers) || 'nessuno'}.`,
    }),
    'claim-expired': (f, date) => ({
      title: 'Termine per la richiesta scaduto',
      action: 'Il periodo per chiedere il rimborso è chiuso.',
      detail: `È terminato il ${date(f.deadline)}.`,
    }),
    'damaged-claimable': () => ({
      title: 'Ordine danneggiato: chiedi un rimborso',
      action: 'Chiedi il rimborso con le foto (articolo, scatola, etichette) e i documenti giustificativi.',
      detail:
        'Allega: foto dell’intero articolo che mostrano il danno (numero di serie/modello per l’elettronica), della scatola di spedizione e di tutte le etichette di spedizione; ASIN/FNSKU e quantità; prova di un ordine esterno ad Amazon; prova del rimborso o della sostituzione.',
    }),
    'not-eligible': (f) => ({
      title: 'Non rimborsabile con la Logistica multicanale',
      action:
        f.facts.purpose === 'removal'
          ? 'Per ritirare l’inventario, crea un ordine di rimozione invece di un ordine di Logistica multicanale.'
          : 'Gli ordini Amazon passano da Logistica di Amazon (FBA), non dalla Logistica multicanale.',
      detail: 'Gli ordini di rimozione e gli ordini Amazon non sono mai rimborsati per perdita o danno.',
    }),
    unfulfillable: (f) => ({
      title: 'L’ordine non può essere spedito',
      action:
        f.facts.check === 'dangerous-goods-review'
          ? 'Il prodotto è classificato come merce pericolosa: segui la revisione delle merci pericolose.'
          : 'Consulta il report giornaliero della cronologia dell’inventario.',
      detail: f.facts.fulfillmentOrderStatus ? `Stato: ${str(f.facts.fulfillmentOrderStatus)}.` : undefined,
    }),
    'return-open': (f, date) => ({
      title: f.severity === 'warning' ? 'Reso senza notizie' : 'Reso in corso',
      action: 'Segui lo stato del reso; l’autorizzazione al reso deve essere nel pacco.',
      detail: `RMA ${str(f.facts.rmaId)}, promemoria il ${date(f.facts.remindOn)}.`,
    }),
    'return-removal': (f, date) => ({
      title: 'Reso ricevuto non vendibile',
      action:
        'Crea un ordine di rimozione per questa unità non vendibile' +
        (f.facts.claimable === true ? ' e chiedi il rimborso del danno (lista «Ordine danneggiato»).' : '.'),
      detail: `RMA ${str(f.facts.rmaId)}, condizione: ${conditionName(f.facts.receivedCondition, 'it')}${f.facts.receivedDate ? `, ricevuto il ${date(f.facts.receivedDate)}` : ''}.`,
    }),
    'needs-data': (f) => ({
      title: 'Dati mancanti',
      action: 'Apri la pagina dell’ordine (indica se è stato spedito) o inserisci le date mancanti.',
      detail: `Manca: ${str(f.facts.missing)
        .split(',')
        .filter(Boolean)
        .map((p) => fieldName(p, 'it'))
        .join(', ')}.`,
    }),
    'claim-filed': (f, date) => ({
      title: 'Richiesta di rimborso inviata: rimborso in attesa',
      action: 'Per ora niente da fare; importa il report «Rimborsi» per vedere il pagamento.',
      detail: `Inviata il ${date(f.facts.filedOn)}${caseRef(f, 'caso')}. Se non è pagata, sollecita dal ${date(f.facts.unpaidOn)}.`,
    }),
    'claim-unpaid': (f, date) => ({
      title: 'Richiesta di rimborso non pagata',
      action: f.facts.caseId
        ? `Chiedi al supporto per i partner di vendita notizie del caso ${str(f.facts.caseId)}.`
        : 'Chiedi al supporto per i partner di vendita notizie di questa richiesta (annota il numero del caso).',
      detail: `Inviata il ${date(f.facts.filedOn)}, più di ${num(f.facts.unpaidClaimDays)} giorni fa, senza rimborso.`,
    }),
    'claim-partly-paid': (f) => ({
      title: 'Richiesta di rimborso pagata in parte',
      action: `Riapri il caso${caseId(f)} con il supporto per i partner di vendita per la differenza.`,
      detail: `Ricevuto: ${received(f, 'it')}.`,
    }),
    'claim-refused': (f, date) => ({
      title: 'Richiesta di rimborso rifiutata',
      action:
        (f.facts.windowClosed === true
          ? `Il periodo per la richiesta è terminato il ${date(f.deadline)}: risolvi con il cliente`
          : `Riapri il caso${caseId(f)} con il dossier di prove${f.deadline ? ` prima della fine del periodo per la richiesta (${date(f.deadline)})` : ' finché il periodo per la richiesta è aperto'}; altrimenti risolvi con il cliente`) +
        (f.facts.reason === 'damaged' ? ' e crea un ordine di rimozione per le unità non vendibili.' : '.'),
      detail: `Inviata il ${date(f.facts.filedOn)}${f.facts.refusedOn ? `, rifiutata il ${date(f.facts.refusedOn)}` : ''}.`,
    }),
  },
};

/** Every kind has a text in every language (checked by a test). */
export const FINDING_TEXT_KINDS: Record<FindingLang, readonly FindingKind[]> = {
  fr: Object.keys(FINDING_TEXTS.fr) as FindingKind[],
  en: Object.keys(FINDING_TEXTS.en) as FindingKind[],
  de: Object.keys(FINDING_TEXTS.de) as FindingKind[],
  es: Object.keys(FINDING_TEXTS.es) as FindingKind[],
  it: Object.keys(FINDING_TEXTS.it) as FindingKind[],
};

export function describeFinding(finding: Finding, lang: FindingLang, locale?: string): FindingText {
  const dateLocale = locale ?? LANG_LOCALE[lang];
  const unknown = FIELD_NAMES[lang].unknownDate;
  const date = (value: unknown): string =>
    typeof value === 'string' && value !== '' ? formatCalendarDate(value, dateLocale, 'short') : unknown;
  const text = FINDING_TEXTS[lang][finding.kind](finding, date);
  // An abbreviated month ("12 nov.") at the end of a sentence already carries its full stop.
  const tidy = (s: string) => s.replaceAll('..', '.');
  const described: FindingText = { title: tidy(text.title), action: tidy(text.action) };
  if (text.detail !== undefined) described.detail = tidy(text.detail);
  return described;
}
