import type { Lang } from '../../core/i18n/lang';
import type { FindingKind } from '../../core/model/finding';

// Words of the toolbar badge's tooltip and of the system notifications, in the five languages.
// Each language's table has the English table's type: a missing key fails the typecheck.

const en = {
  kinds: {
    'tracking-pending': 'tracking pending',
    'tracking-missing': 'tracking missing',
    'not-shipped-by-edd': 'not shipped by the delivery date',
    'lost-watch': 'late delivery',
    'lost-check': 'possible loss to check',
    'lost-claimable': 'lost: claim now',
    'claim-expired': 'claim window over',
    'damaged-claimable': 'damaged: claim now',
    'not-eligible': 'not reimbursable',
    unfulfillable: 'cannot ship',
    'return-open': 'open return',
    'return-removal': 'unsellable return',
    'needs-data': 'missing data',
    'claim-filed': 'claim filed',
    'claim-unpaid': 'claim unpaid: ask support',
    'claim-partly-paid': 'claim partly paid',
    'claim-refused': 'claim refused: reopen it',
  } satisfies Record<FindingKind, string> as Record<FindingKind, string>,
  noAttention: 'No order needs attention',
  orderTitle: (id: string) => `Order ${id}`,
  summaryTitle: (n: number) => `${n} orders need action`,
};

export type BackgroundTexts = typeof en;

const fr: BackgroundTexts = {
  kinds: {
    'tracking-pending': 'suivi en attente',
    'tracking-missing': 'suivi manquant',
    'not-shipped-by-edd': 'non expédiée à la date prévue',
    'lost-watch': 'retard de livraison',
    'lost-check': 'perte à vérifier',
    'lost-claimable': 'perte à réclamer',
    'claim-expired': 'délai de réclamation dépassé',
    'damaged-claimable': 'dommage à réclamer',
    'not-eligible': 'non remboursable',
    unfulfillable: 'impossible à expédier',
    'return-open': 'retour en cours',
    'return-removal': 'retour invendable',
    'needs-data': 'données manquantes',
    'claim-filed': 'réclamation déposée',
    'claim-unpaid': 'réclamation impayée : relancer le support',
    'claim-partly-paid': 'réclamation payée en partie',
    'claim-refused': 'réclamation refusée : la rouvrir',
  },
  noAttention: 'Aucune commande à traiter',
  orderTitle: (id) => `Commande ${id}`,
  summaryTitle: (n) => `${n} commandes demandent une action`,
};

const de: BackgroundTexts = {
  kinds: {
    'tracking-pending': 'Sendungsverfolgung ausstehend',
    'tracking-missing': 'Sendungsnummer fehlt',
    'not-shipped-by-edd': 'bis zum Lieferdatum nicht versandt',
    'lost-watch': 'Lieferung verspätet',
    'lost-check': 'möglicher Verlust zu prüfen',
    'lost-claimable': 'verloren: jetzt Erstattung beantragen',
    'claim-expired': 'Antragsfrist abgelaufen',
    'damaged-claimable': 'beschädigt: jetzt Erstattung beantragen',
    'not-eligible': 'nicht erstattungsfähig',
    unfulfillable: 'kann nicht versandt werden',
    'return-open': 'offene Rücksendung',
    'return-removal': 'nicht verkaufsfähige Rücksendung',
    'needs-data': 'fehlende Daten',
    'claim-filed': 'Erstattungsantrag gestellt',
    'claim-unpaid': 'Erstattungsantrag unbezahlt: beim Support nachfragen',
    'claim-partly-paid': 'Erstattungsantrag teilweise bezahlt',
    'claim-refused': 'Erstattungsantrag abgelehnt: erneut öffnen',
  },
  noAttention: 'Keine Bestellung braucht Ihre Aufmerksamkeit',
  orderTitle: (id) => `Bestellung ${id}`,
  summaryTitle: (n) => `${n} Bestellungen erfordern eine Aktion`,
};

const es: BackgroundTexts = {
  kinds: {
    'tracking-pending': 'seguimiento pendiente',
    'tracking-missing': 'sin seguimiento',
    'not-shipped-by-edd': 'no enviado en la fecha prevista',
    'lost-watch': 'entrega retrasada',
    'lost-check': 'posible pérdida que comprobar',
    'lost-claimable': 'perdido: reclamar ahora',
    'claim-expired': 'plazo de reclamación vencido',
    'damaged-claimable': 'dañado: reclamar ahora',
    'not-eligible': 'no reembolsable',
    unfulfillable: 'no se puede enviar',
    'return-open': 'devolución abierta',
    'return-removal': 'devolución no vendible',
    'needs-data': 'faltan datos',
    'claim-filed': 'reclamación presentada',
    'claim-unpaid': 'reclamación sin pagar: preguntar al soporte',
    'claim-partly-paid': 'reclamación pagada en parte',
    'claim-refused': 'reclamación rechazada: reabrirla',
  },
  noAttention: 'Ningún pedido requiere atención',
  orderTitle: (id) => `Pedido ${id}`,
  summaryTitle: (n) => `${n} pedidos requieren una acción`,
};

const it: BackgroundTexts = {
  kinds: {
    'tracking-pending': 'tracciamento in attesa',
    'tracking-missing': 'tracciamento mancante',
    'not-shipped-by-edd': 'non spedito entro la data prevista',
    'lost-watch': 'consegna in ritardo',
    'lost-check': 'possibile perdita da verificare',
    'lost-claimable': 'perso: chiedi il rimborso',
    'claim-expired': 'termine per la richiesta scaduto',
    'damaged-claimable': 'danneggiato: chiedi il rimborso',
    'not-eligible': 'non rimborsabile',
    unfulfillable: 'non spedibile',
    'return-open': 'reso aperto',
    'return-removal': 'reso non vendibile',
    'needs-data': 'dati mancanti',
    'claim-filed': 'richiesta di rimborso inviata',
    'claim-unpaid': 'richiesta di rimborso non pagata: chiedi al supporto',
    'claim-partly-paid': 'richiesta di rimborso pagata in parte',
    'claim-refused': 'richiesta di rimborso rifiutata: riaprila',
  },
  noAttention: 'Nessun ordine richiede attenzione',
  orderTitle: (id) => `Ordine ${id}`,
  summaryTitle: (n) => `${n} ordini richiedono un’azione`,
};

export const BACKGROUND_TEXTS: Readonly<Record<Lang, BackgroundTexts>> = { fr, en, de, es, it };
