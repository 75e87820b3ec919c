import { addDays } from '../dates/calendar-day';
import type { Lang } from '../i18n/lang';
import type { Finding } from '../model/finding';
import type { Order } from '../model/order';

// The words of the evidence pack (issue 15 item 8) and of its button and reminder, in the five
// languages, with the date before which the pack should be saved. Kept apart from the builder
// (`evidence-pack.ts`) so that the page overlay's bundle takes only these few texts.

/** Carriers keep tracking about 90 days after the ship date; the evidence must be saved before. */
export const TRACKING_KEPT_DAYS = 90;

/** The findings for which the pack is offered (the lost and damaged checklists' claim texts). */
export const EVIDENCE_KINDS = ['lost-claimable', 'lost-check', 'damaged-claimable'] as const;
/** The findings whose orders are reminded to save the pack. */
export const EVIDENCE_REMINDER_KINDS = ['lost-claimable', 'damaged-claimable'] as const;

const en = {
  button: 'Evidence pack',
  buttonHint: 'One HTML file to keep: print it to PDF from the browser.',
  saveBefore: (date: string) => `Save the evidence pack before ${date}`,
  saved: 'Evidence pack downloaded',
  noneClaimable: 'None of the selected orders is a claim to prepare.',
  written: (files: number, skipped: number) =>
    `${files} evidence pack${files === 1 ? '' : 's'} downloaded${skipped > 0 ? `, ${skipped} order${skipped === 1 ? '' : 's'} with nothing to claim left out` : ''}.`,
  failed: 'The evidence pack could not be written',
  title: 'Evidence pack',
  generated: 'Written by MCF Desk on',
  printHint: 'To keep it as a PDF: print this page and choose “Save as PDF”.',
  sections: {
    facts: 'The order',
    tracking: 'Tracking',
    timeline: 'What MCF Desk saw, and when',
    provenance: 'Where each value came from',
    checklist: 'Claim checklist',
    caseText: 'Case text',
    photos: 'Photos to gather',
  },
  facts: {
    order: 'Order (Amazon ID)',
    displayable: 'Order reference',
    merchant: 'Seller account',
    marketplace: 'Marketplace',
    status: 'Order status',
    purpose: 'Purpose',
    salesChannel: 'Sales channel',
    shipment: 'Shipment',
    shipmentStatus: 'Shipment status',
    shipped: 'Ship date',
    edd: 'Estimated delivery date',
    items: 'Items',
    sku: 'SKU',
    quantity: 'Quantity',
    itemTitle: 'Title',
    finding: 'Situation',
    deadline: 'Claim deadline',
    saveBefore: 'Tracking kept until about',
    damage: 'Damage reported',
    returns: 'Returns',
  },
  tracking: {
    carrier: 'Carrier',
    number: 'Tracking number',
    status: 'Carrier status',
    delivered: 'Delivered on',
    signedBy: 'Signed for by',
    events: 'Carrier events',
    link: 'Track on Swiship',
    none: 'No tracking number known.',
  },
  timeline: {
    when: 'When',
    source: 'Source',
    what: 'What',
    firstSeen: (fields: number) => `Order first seen (${fields} values)`,
    firstSeenUnknown: 'Order first seen',
    changed: 'changed',
    conflict: 'disagrees with the value you typed',
    none: 'No change recorded since the order was first seen.',
    path: 'Field',
    seenAt: 'Seen on',
  },
  checklist: {
    done: 'done on',
    notDone: 'not done',
    caseId: 'Case id',
    noCaseId: 'No case id recorded yet.',
  },
  sources: { page: 'order page', report: 'Amazon report', api: 'SP-API file', user: 'you' },
  findingKinds: {
    'lost-claimable': 'Lost: claimable',
    'lost-check': 'Late: check Swiship before claiming',
    'damaged-claimable': 'Damaged: claimable',
  },
  unknown: 'unknown',
};
export type EvidenceTexts = typeof en;

const fr: EvidenceTexts = {
  button: 'Dossier de preuves',
  buttonHint: 'Un fichier HTML à garder : imprimez-le en PDF depuis le navigateur.',
  saveBefore: (date) => `Enregistrez le dossier de preuves avant le ${date}`,
  saved: 'Dossier de preuves téléchargé',
  noneClaimable: 'Aucune des commandes choisies n’a de réclamation à préparer.',
  written: (files, skipped) =>
    `${files} dossier${files === 1 ? '' : 's'} de preuves téléchargé${files === 1 ? '' : 's'}${skipped > 0 ? `, ${skipped} commande${skipped === 1 ? '' : 's'} sans réclamation laissée${skipped === 1 ? '' : 's'} de côté` : ''}.`,
  failed: 'Le dossier de preuves n’a pas pu être écrit',
  title: 'Dossier de preuves',
  generated: 'Écrit par MCF Desk le',
  printHint: 'Pour le garder en PDF : imprimez cette page et choisissez « Enregistrer au format PDF ».',
  sections: {
    facts: 'La commande',
    tracking: 'Suivi',
    timeline: 'Ce que MCF Desk a vu, et quand',
    provenance: 'D’où vient chaque valeur',
    checklist: 'Étapes de la réclamation',
    caseText: 'Texte du dossier',
    photos: 'Photos à réunir',
  },
  facts: {
    order: 'Commande (ID Amazon)',
    displayable: 'Référence de commande',
    merchant: 'Compte vendeur',
    marketplace: 'Place de marché',
    status: 'Statut de la commande',
    purpose: 'Usage',
    salesChannel: 'Canal de vente',
    shipment: 'Expédition',
    shipmentStatus: 'Statut de l’expédition',
    shipped: 'Date d’expédition',
    edd: 'Date de livraison estimée',
    items: 'Articles',
    sku: 'SKU',
    quantity: 'Quantité',
    itemTitle: 'Titre',
    finding: 'Situation',
    deadline: 'Date limite de réclamation',
    saveBefore: 'Suivi conservé jusqu’au',
    damage: 'Dommage signalé',
    returns: 'Retours',
  },
  tracking: {
    carrier: 'Transporteur',
    number: 'Numéro de suivi',
    status: 'Statut du transporteur',
    delivered: 'Livré le',
    signedBy: 'Signé par',
    events: 'Événements du transporteur',
    link: 'Suivre sur Swiship',
    none: 'Aucun numéro de suivi connu.',
  },
  timeline: {
    when: 'Quand',
    source: 'Source',
    what: 'Quoi',
    firstSeen: (fields) => `Commande vue pour la première fois (${fields} valeurs)`,
    firstSeenUnknown: 'Commande vue pour la première fois',
    changed: 'modifié',
    conflict: 'contredit la valeur que vous avez saisie',
    none: 'Aucun changement depuis la première vue de la commande.',
    path: 'Champ',
    seenAt: 'Vu le',
  },
  checklist: {
    done: 'fait le',
    notDone: 'pas fait',
    caseId: 'Numéro du dossier',
    noCaseId: 'Aucun numéro de dossier noté.',
  },
  sources: { page: 'page de la commande', report: 'rapport Amazon', api: 'fichier SP-API', user: 'vous' },
  findingKinds: {
    'lost-claimable': 'Perdue : à réclamer',
    'lost-check': 'En retard : vérifier sur Swiship avant de réclamer',
    'damaged-claimable': 'Endommagée : à réclamer',
  },
  unknown: 'inconnu',
};

const de: EvidenceTexts = {
  button: 'Beweismappe',
  buttonHint: 'Eine HTML-Datei zum Aufbewahren: im Browser als PDF drucken.',
  saveBefore: (date) => `Speichern Sie die Beweismappe vor dem ${date}`,
  saved: 'Beweismappe heruntergeladen',
  noneClaimable: 'Keine der gewählten Bestellungen hat einen Erstattungsantrag vorzubereiten.',
  written: (files, skipped) =>
    `${files} Beweismappe${files === 1 ? '' : 'n'} heruntergeladen${skipped > 0 ? `, ${skipped} Bestellung${skipped === 1 ? '' : 'en'} ohne Antrag ausgelassen` : ''}.`,
  failed: 'Die Beweismappe konnte nicht geschrieben werden',
  title: 'Beweismappe',
  generated: 'Erstellt von MCF Desk am',
  printHint: 'Als PDF aufbewahren: diese Seite drucken und „Als PDF speichern“ wählen.',
  sections: {
    facts: 'Die Bestellung',
    tracking: 'Sendungsverfolgung',
    timeline: 'Was MCF Desk wann gesehen hat',
    provenance: 'Woher jeder Wert stammt',
    checklist: 'Schritte des Antrags',
    caseText: 'Falltext',
    photos: 'Zu sammelnde Fotos',
  },
  facts: {
    order: 'Bestellung (Amazon-ID)',
    displayable: 'Bestellreferenz',
    merchant: 'Verkäuferkonto',
    marketplace: 'Marketplace',
    status: 'Bestellstatus',
    purpose: 'Zweck',
    salesChannel: 'Verkaufskanal',
    shipment: 'Sendung',
    shipmentStatus: 'Sendungsstatus',
    shipped: 'Versanddatum',
    edd: 'Voraussichtliches Lieferdatum',
    items: 'Artikel',
    sku: 'SKU',
    quantity: 'Menge',
    itemTitle: 'Titel',
    finding: 'Situation',
    deadline: 'Antragsfrist',
    saveBefore: 'Sendungsverfolgung verfügbar bis etwa',
    damage: 'Gemeldeter Schaden',
    returns: 'Rücksendungen',
  },
  tracking: {
    carrier: 'Versanddienst',
    number: 'Sendungsnummer',
    status: 'Status des Versanddienstes',
    delivered: 'Zugestellt am',
    signedBy: 'Unterschrieben von',
    events: 'Ereignisse des Versanddienstes',
    link: 'Auf Swiship verfolgen',
    none: 'Keine Sendungsnummer bekannt.',
  },
  timeline: {
    when: 'Wann',
    source: 'Quelle',
    what: 'Was',
    firstSeen: (fields) => `Bestellung zum ersten Mal gesehen (${fields} Werte)`,
    firstSeenUnknown: 'Bestellung zum ersten Mal gesehen',
    changed: 'geändert',
    conflict: 'widerspricht Ihrem eingegebenen Wert',
    none: 'Keine Änderung, seit die Bestellung zum ersten Mal gesehen wurde.',
    path: 'Feld',
    seenAt: 'Gesehen am',
  },
  checklist: {
    done: 'erledigt am',
    notDone: 'nicht erledigt',
    caseId: 'Fallnummer',
    noCaseId: 'Noch keine Fallnummer notiert.',
  },
  sources: { page: 'Bestellseite', report: 'Amazon-Bericht', api: 'SP-API-Datei', user: 'Sie' },
  findingKinds: {
    'lost-claimable': 'Verloren: Antrag möglich',
    'lost-check': 'Verspätet: vor dem Antrag auf Swiship prüfen',
    'damaged-claimable': 'Beschädigt: Antrag möglich',
  },
  unknown: 'unbekannt',
};

const es: EvidenceTexts = {
  button: 'Dossier de pruebas',
  buttonHint: 'Un archivo HTML para guardar: imprímalo en PDF desde el navegador.',
  saveBefore: (date) => `Guarde el dossier de pruebas antes del ${date}`,
  saved: 'Dossier de pruebas descargado',
  noneClaimable: 'Ninguno de los pedidos seleccionados tiene una reclamación que preparar.',
  written: (files, skipped) =>
    `${files} dossier${files === 1 ? '' : 's'} de pruebas descargado${files === 1 ? '' : 's'}${skipped > 0 ? `, ${skipped} pedido${skipped === 1 ? '' : 's'} sin reclamación omitido${skipped === 1 ? '' : 's'}` : ''}.`,
  failed: 'No se pudo escribir el dossier de pruebas',
  title: 'Dossier de pruebas',
  generated: 'Escrito por MCF Desk el',
  printHint: 'Para guardarlo en PDF: imprima esta página y elija «Guardar como PDF».',
  sections: {
    facts: 'El pedido',
    tracking: 'Seguimiento',
    timeline: 'Lo que MCF Desk vio, y cuándo',
    provenance: 'De dónde viene cada valor',
    checklist: 'Pasos de la reclamación',
    caseText: 'Texto del caso',
    photos: 'Fotos que reunir',
  },
  facts: {
    order: 'Pedido (ID de Amazon)',
    displayable: 'Referencia del pedido',
    merchant: 'Cuenta de vendedor',
    marketplace: 'Tienda',
    status: 'Estado del pedido',
    purpose: 'Uso',
    salesChannel: 'Canal de venta',
    shipment: 'Envío',
    shipmentStatus: 'Estado del envío',
    shipped: 'Fecha de envío',
    edd: 'Fecha de entrega estimada',
    items: 'Artículos',
    sku: 'SKU',
    quantity: 'Cantidad',
    itemTitle: 'Título',
    finding: 'Situación',
    deadline: 'Fecha límite de reclamación',
    saveBefore: 'Seguimiento disponible hasta aprox. el',
    damage: 'Daño notificado',
    returns: 'Devoluciones',
  },
  tracking: {
    carrier: 'Transportista',
    number: 'Número de seguimiento',
    status: 'Estado del transportista',
    delivered: 'Entregado el',
    signedBy: 'Firmado por',
    events: 'Eventos del transportista',
    link: 'Seguir en Swiship',
    none: 'No se conoce ningún número de seguimiento.',
  },
  timeline: {
    when: 'Cuándo',
    source: 'Fuente',
    what: 'Qué',
    firstSeen: (fields) => `Pedido visto por primera vez (${fields} valores)`,
    firstSeenUnknown: 'Pedido visto por primera vez',
    changed: 'cambiado',
    conflict: 'contradice el valor que usted introdujo',
    none: 'Ningún cambio desde que se vio el pedido por primera vez.',
    path: 'Campo',
    seenAt: 'Visto el',
  },
  checklist: {
    done: 'hecho el',
    notDone: 'sin hacer',
    caseId: 'Número del caso',
    noCaseId: 'Aún no se ha anotado ningún número de caso.',
  },
  sources: { page: 'página del pedido', report: 'informe de Amazon', api: 'archivo SP-API', user: 'usted' },
  findingKinds: {
    'lost-claimable': 'Perdido: reclamable',
    'lost-check': 'Con retraso: comprobar en Swiship antes de reclamar',
    'damaged-claimable': 'Dañado: reclamable',
  },
  unknown: 'desconocido',
};

const it: EvidenceTexts = {
  button: 'Dossier di prove',
  buttonHint: 'Un file HTML da conservare: stampalo in PDF dal browser.',
  saveBefore: (date) => `Salva il dossier di prove prima del ${date}`,
  saved: 'Dossier di prove scaricato',
  noneClaimable: 'Nessuno degli ordini selezionati ha una richiesta da preparare.',
  written: (files, skipped) =>
    `${files} dossier di prove scaricat${files === 1 ? 'o' : 'i'}${skipped > 0 ? `, ${skipped} ordin${skipped === 1 ? 'e' : 'i'} senza richiesta esclus${skipped === 1 ? 'o' : 'i'}` : ''}.`,
  failed: 'Impossibile scrivere il dossier di prove',
  title: 'Dossier di prove',
  generated: 'Scritto da MCF Desk il',
  printHint: 'Per conservarlo in PDF: stampa questa pagina e scegli «Salva come PDF».',
  sections: {
    facts: 'L’ordine',
    tracking: 'Tracciamento',
    timeline: 'Cosa ha visto MCF Desk, e quando',
    provenance: 'Da dove viene ogni valore',
    checklist: 'Passi della richiesta',
    caseText: 'Testo del caso',
    photos: 'Foto da raccogliere',
  },
  facts: {
    order: 'Ordine (ID Amazon)',
    displayable: 'Riferimento ordine',
    merchant: 'Account venditore',
    marketplace: 'Marketplace',
    status: 'Stato dell’ordine',
    purpose: 'Uso',
    salesChannel: 'Canale di vendita',
    shipment: 'Spedizione',
    shipmentStatus: 'Stato della spedizione',
    shipped: 'Data di spedizione',
    edd: 'Data di consegna stimata',
    items: 'Articoli',
    sku: 'SKU',
    quantity: 'Quantità',
    itemTitle: 'Titolo',
    finding: 'Situazione',
    deadline: 'Scadenza della richiesta',
    saveBefore: 'Tracciamento conservato fino a circa il',
    damage: 'Danno segnalato',
    returns: 'Resi',
  },
  tracking: {
    carrier: 'Corriere',
    number: 'Numero di tracciamento',
    status: 'Stato del corriere',
    delivered: 'Consegnato il',
    signedBy: 'Firmato da',
    events: 'Eventi del corriere',
    link: 'Traccia su Swiship',
    none: 'Nessun numero di tracciamento noto.',
  },
  timeline: {
    when: 'Quando',
    source: 'Fonte',
    what: 'Cosa',
    firstSeen: (fields) => `Ordine visto per la prima volta (${fields} valori)`,
    firstSeenUnknown: 'Ordine visto per la prima volta',
    changed: 'modificato',
    conflict: 'contraddice il valore che hai inserito',
    none: 'Nessuna modifica da quando l’ordine è stato visto la prima volta.',
    path: 'Campo',
    seenAt: 'Visto il',
  },
  checklist: {
    done: 'fatto il',
    notDone: 'non fatto',
    caseId: 'Numero del caso',
    noCaseId: 'Nessun numero di caso annotato.',
  },
  sources: { page: 'pagina dell’ordine', report: 'report Amazon', api: 'file SP-API', user: 'tu' },
  findingKinds: {
    'lost-claimable': 'Perso: rimborsabile',
    'lost-check': 'In ritardo: verifica su Swiship prima di richiedere',
    'damaged-claimable': 'Danneggiato: rimborsabile',
  },
  unknown: 'sconosciuto',
};

export const EVIDENCE_TEXTS: Readonly<Record<Lang, EvidenceTexts>> = { fr, en, de, es, it };

type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export function isEvidenceFinding(finding: Finding): finding is Finding & { kind: EvidenceKind } {
  return (EVIDENCE_KINDS as readonly string[]).includes(finding.kind);
}

/** The ship date of the shipment a finding is about (else the order's earliest). */
export function evidenceShipDate(order: Order, finding?: Finding): string | undefined {
  const fromFacts = finding?.facts.shippingDate;
  if (typeof fromFacts === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fromFacts)) return fromFacts;
  const index = finding?.shipmentIndex;
  const own = index !== undefined ? order.shipments[index]?.shippingDate : undefined;
  if (own) return own;
  return order.shipments
    .map((s) => s.shippingDate)
    .filter((d): d is string => !!d)
    .sort()[0];
}

/**
 * The day before which the seller should save the evidence pack of a lost or damaged claimable
 * order: ship date + 90 days, after which the carrier's tracking may be gone. Undefined when the
 * order has no such finding or no known ship date.
 */
export function evidenceSaveBy(order: Order, findings: readonly Finding[]): string | undefined {
  const finding = findings.find((f) => (EVIDENCE_REMINDER_KINDS as readonly string[]).includes(f.kind));
  if (!finding) return undefined;
  const shipped = evidenceShipDate(order, finding);
  return shipped ? addDays(shipped, TRACKING_KEPT_DAYS) : undefined;
}

/**
 * The same day for a dashboard row (`OrderSummary`: its findings and earliest ship date), without
 * the stored order.
 */
export function evidenceSaveByOfRow(row: {
  findings: readonly Finding[];
  shipDate?: string | undefined;
}): string | undefined {
  const finding = row.findings.find((f) => (EVIDENCE_REMINDER_KINDS as readonly string[]).includes(f.kind));
  if (!finding) return undefined;
  const fromFacts = finding.facts.shippingDate;
  const shipped =
    typeof fromFacts === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(fromFacts) ? fromFacts : row.shipDate;
  return shipped ? addDays(shipped, TRACKING_KEPT_DAYS) : undefined;
}
