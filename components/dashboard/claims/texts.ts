import type { ClaimReason, ClaimStatus } from '../../../core/claims/claim';
import type { Region } from '../../../core/claims/claim-rate';
import type { ReimbursementsRefusal } from '../../../core/claims/reimbursements-report';
import type { Lang } from '../../../core/i18n/lang';

// What the dashboard's Claims tab says (issue 15 items 3–6), in the five languages, in Amazon's own
// words: "Selling Partner Support" / "support aux partenaires de vente" / "Partner-Support" /
// "soporte para socios de venta" / "supporto per i partner di vendita", and the report's name in
// each Seller Central ("Reimbursements", "Remboursements", "Erstattungen", "Reembolsos",
// "Rimborsi"). Each language's table has the English table's type: a missing key fails the
// typecheck.

/** A rate in percent (1.5 → "1.5 %", "1,5 %"…), written the language's way. */
const pct = (locale: string, percent: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);

const en = {
  prepare: {
    title: 'Prepare cases',
    intro: (max: number) =>
      `Orders to claim now, grouped into cases of at most ${max} items (sellers report that large cases are refused). Copy each case's text into a case with Selling Partner Support, then record its case id here.`,
    none: 'No order waits for a claim.',
    caseTitle: (n: number, orders: number, items: number) =>
      `Case ${n}: ${orders} order${orders === 1 ? '' : 's'}, ${items} item${items === 1 ? '' : 's'}`,
    textLabel: (n: number) => `Text of case ${n}`,
    language: (name: string) => `In ${name}, the language set for case texts.`,
    copy: 'Copy the text',
    copied: 'Text copied.',
    copyFailed: 'Copying failed: select the text and copy it yourself.',
    caseId: 'Case id (optional)',
    caseIdHint: 'The number Selling Partner Support gives the case.',
    record: 'Record as filed',
    recorded: 'Claim recorded as filed today.',
    crossWarning: (region: string, rate: number) =>
      `Recording this case brings the claim rate of ${region} to ${pct('en', rate)} over 180 days, above the 2 % level sellers report. Consider waiting.`,
  },
  list: {
    title: 'Claims filed',
    none: 'No claim recorded yet.',
    caption: 'Claims filed with Selling Partner Support',
    columns: {
      caseId: 'Case id',
      orders: 'Orders',
      reason: 'Reason',
      filedOn: 'Filed on',
      status: 'Status',
      days: 'Days since filed',
      claimed: 'Claimed',
      paid: 'Paid',
      actions: 'Actions',
    },
    status: { filed: 'Filed', paid: 'Paid', 'partly-paid': 'Partly paid', refused: 'Refused' } as Record<
      ClaimStatus,
      string
    >,
    reason: { lost: 'Lost', damaged: 'Damaged' } as Record<ClaimReason, string>,
    days: (n: number) => `${n} d`,
    noCaseId: 'none yet',
    unknownAmount: '—',
    setCaseId: 'Set case id',
    editCaseId: 'Edit case id',
    caseIdFor: (orders: string) => `Case id of the claim for ${orders}`,
    save: 'Save',
    cancel: 'Cancel',
    markRefused: 'Mark refused',
    delete: 'Delete',
    deleteConfirm: 'Delete this claim? Its orders are judged again without it (claimable again if they are).',
    unpaid: (days: number) => `Unpaid after ${days} days`,
    unpaidNext:
      'Next step: ask Selling Partner Support for the status of the case, quoting its case id; import the latest Reimbursements report first.',
    partly: 'Partly paid',
    partlyNext:
      'Next step: compare the amount paid with the units claimed; reply to the case for the rest, with the evidence pack.',
    refused: 'Refused',
    refusedNext:
      'Next step: read the reason given; if the parcel really is lost or damaged, reply to the case with the evidence pack, or file a new case.',
  },
  import: {
    title: 'Import a Reimbursements report',
    intro:
      'The "Reimbursements" report of Seller Central (Reports › Fulfillment), as downloaded (tab-separated text). Its rows are matched to your claims by case id, then by order id; the claims are marked paid with their amounts.',
    choose: 'Choose a Reimbursements report',
    reading: 'Reading the report…',
    result: (r: ImportResultCounts) =>
      `${r.rows} row${r.rows === 1 ? '' : 's'} read, ${r.matched} matched to a claim: ${r.paid} claim${r.paid === 1 ? '' : 's'} paid, ${r.partlyPaid} partly paid; ${r.unmatched} row${r.unmatched === 1 ? '' : 's'} for no claim recorded here.`,
    failed: 'Import refused',
    skipped: (n: number) => `${n} unreadable row${n === 1 ? '' : 's'} left out.`,
    duplicates: (n: number) => `${n} row${n === 1 ? '' : 's'} listed twice in the file, read once.`,
    refusals: {
      empty: 'The file holds no reimbursement: it is empty or has only its header row.',
      'not-reimbursements-report':
        'This is not a Reimbursements report: its columns (approval-date, reimbursement-id, case-id, amazon-order-id, amount-total…) are missing. Nothing was written.',
      'too-large': 'The file is too large for one import: download the report for a shorter period.',
    } as Record<ReimbursementsRefusal, string>,
  },
  gauge: {
    title: 'Claim rate over 180 days',
    intro:
      'Claims filed and paid over the MCF orders shipped in the last 180 days, per region. The 2 % level is reported by sellers, not Amazon policy.',
    level: 'Level of 2 %: reported by sellers, not Amazon policy',
    figures: (filed: number, paid: number, shipped: number) =>
      `${filed} claim${filed === 1 ? '' : 's'} filed, ${paid} paid, for ${shipped} MCF order${shipped === 1 ? '' : 's'} shipped`,
    rate: (filed: number, paid: number) => `filed ${pct('en', filed)}, paid ${pct('en', paid)}`,
    regions: {
      EU: 'Europe',
      NA: 'North America',
      FE: 'Far East',
      other: 'Other marketplaces',
    } as Record<Region, string>,
    noShipped: 'no MCF order shipped',
    above: 'above the reported level',
    below: 'below the reported level',
    meterLabel: (region: string) => `Claim rate of ${region}`,
  },
};

/** Counts of a Reimbursements import, as the tab shows them. */
export interface ImportResultCounts {
  rows: number;
  matched: number;
  paid: number;
  partlyPaid: number;
  unmatched: number;
}

export type ClaimsTexts = typeof en;

const fr: ClaimsTexts = {
  prepare: {
    title: 'Préparer les dossiers',
    intro: (max) =>
      `Les commandes à réclamer maintenant, regroupées en dossiers d’au plus ${max} articles (les vendeurs rapportent que les gros dossiers sont refusés). Copiez le texte de chaque dossier dans une demande au support aux partenaires de vente, puis notez ici son numéro de dossier.`,
    none: 'Aucune commande n’attend de réclamation.',
    caseTitle: (n, orders, items) =>
      `Dossier ${n} : ${orders} commande${orders > 1 ? 's' : ''}, ${items} article${items > 1 ? 's' : ''}`,
    textLabel: (n) => `Texte du dossier ${n}`,
    language: (name) => `En ${name}, la langue choisie pour les textes de réclamation.`,
    copy: 'Copier le texte',
    copied: 'Texte copié.',
    copyFailed: 'La copie a échoué : sélectionnez le texte et copiez-le vous-même.',
    caseId: 'Numéro de dossier (facultatif)',
    caseIdHint: 'Le numéro que le support aux partenaires de vente donne au dossier.',
    record: 'Noter comme déposée',
    recorded: 'Réclamation notée comme déposée aujourd’hui.',
    crossWarning: (region, rate) =>
      `Noter ce dossier porte le taux de réclamation de ${region} à ${pct('fr', rate)} sur 180 jours, au-dessus du seuil de 2 % rapporté par les vendeurs. Mieux vaut peut-être attendre.`,
  },
  list: {
    title: 'Réclamations déposées',
    none: 'Aucune réclamation notée pour l’instant.',
    caption: 'Réclamations déposées auprès du support aux partenaires de vente',
    columns: {
      caseId: 'Dossier',
      orders: 'Commandes',
      reason: 'Motif',
      filedOn: 'Déposée le',
      status: 'État',
      days: 'Jours depuis le dépôt',
      claimed: 'Demandé',
      paid: 'Payé',
      actions: 'Actions',
    },
    status: { filed: 'Déposée', paid: 'Payée', 'partly-paid': 'Payée en partie', refused: 'Refusée' },
    reason: { lost: 'Perdue', damaged: 'Endommagée' },
    days: (n) => `${n} j`,
    noCaseId: 'pas encore',
    unknownAmount: '—',
    setCaseId: 'Saisir le numéro',
    editCaseId: 'Modifier le numéro',
    caseIdFor: (orders) => `Numéro de dossier de la réclamation pour ${orders}`,
    save: 'Enregistrer',
    cancel: 'Annuler',
    markRefused: 'Marquer refusée',
    delete: 'Supprimer',
    deleteConfirm:
      'Supprimer cette réclamation ? Ses commandes sont jugées à nouveau sans elle (de nouveau à réclamer si elles le sont).',
    unpaid: (days) => `Non payée après ${days} jours`,
    unpaidNext:
      'Étape suivante : demandez au support aux partenaires de vente où en est le dossier, en citant son numéro ; importez d’abord le dernier rapport Remboursements.',
    partly: 'Payée en partie',
    partlyNext:
      'Étape suivante : comparez le montant payé aux unités réclamées ; répondez au dossier pour le reste, avec le dossier de preuves.',
    refused: 'Refusée',
    refusedNext:
      'Étape suivante : lisez le motif donné ; si le colis est vraiment perdu ou endommagé, répondez au dossier avec le dossier de preuves, ou déposez un nouveau dossier.',
  },
  import: {
    title: 'Importer un rapport Remboursements',
    intro:
      'Le rapport « Remboursements » de Seller Central (Rapports › Expédié par Amazon), tel que téléchargé (texte séparé par des tabulations). Ses lignes sont rapprochées de vos réclamations par numéro de dossier, puis par numéro de commande ; les réclamations sont marquées payées avec leurs montants.',
    choose: 'Choisir un rapport Remboursements',
    reading: 'Lecture du rapport…',
    result: (r) =>
      `${r.rows} ligne${r.rows > 1 ? 's' : ''} lue${r.rows > 1 ? 's' : ''}, ${r.matched} rapprochée${r.matched > 1 ? 's' : ''} d’une réclamation : ${r.paid} réclamation${r.paid > 1 ? 's' : ''} payée${r.paid > 1 ? 's' : ''}, ${r.partlyPaid} payée${r.partlyPaid > 1 ? 's' : ''} en partie ; ${r.unmatched} ligne${r.unmatched > 1 ? 's' : ''} sans réclamation notée ici.`,
    failed: 'Import refusé',
    skipped: (n) =>
      `${n} ligne${n > 1 ? 's' : ''} illisible${n > 1 ? 's' : ''} laissée${n > 1 ? 's' : ''} de côté.`,
    duplicates: (n) =>
      `${n} ligne${n > 1 ? 's' : ''} en double dans le fichier, lue${n > 1 ? 's' : ''} une seule fois.`,
    refusals: {
      empty: 'Le fichier ne contient aucun remboursement : il est vide ou n’a que sa ligne d’en-tête.',
      'not-reimbursements-report':
        'Ce n’est pas un rapport Remboursements : ses colonnes (approval-date, reimbursement-id, case-id, amazon-order-id, amount-total…) manquent. Rien n’a été enregistré.',
      'too-large':
        'Le fichier est trop gros pour un seul import : téléchargez le rapport sur une période plus courte.',
    },
  },
  gauge: {
    title: 'Taux de réclamation sur 180 jours',
    intro:
      'Réclamations déposées et payées rapportées aux commandes Ventes Multi-Sites expédiées ces 180 derniers jours, par région. Le seuil de 2 % est rapporté par les vendeurs, ce n’est pas une règle d’Amazon.',
    level: 'Seuil de 2 % : rapporté par les vendeurs, pas une règle d’Amazon',
    figures: (filed, paid, shipped) =>
      `${filed} réclamation${filed > 1 ? 's' : ''} déposée${filed > 1 ? 's' : ''}, ${paid} payée${paid > 1 ? 's' : ''}, pour ${shipped} commande${shipped > 1 ? 's' : ''} Ventes Multi-Sites expédiée${shipped > 1 ? 's' : ''}`,
    rate: (filed, paid) => `déposées ${pct('fr', filed)}, payées ${pct('fr', paid)}`,
    regions: { EU: 'Europe', NA: 'Amérique du Nord', FE: 'Extrême-Orient', other: 'Autres marketplaces' },
    noShipped: 'aucune commande Ventes Multi-Sites expédiée',
    above: 'au-dessus du seuil rapporté',
    below: 'sous le seuil rapporté',
    meterLabel: (region) => `Taux de réclamation de ${region}`,
  },
};

const de: ClaimsTexts = {
  prepare: {
    title: 'Fälle vorbereiten',
    intro: (max) =>
      `Die jetzt zu beantragenden Bestellungen, in Fälle mit höchstens ${max} Artikeln gruppiert (Verkäufer berichten, dass große Fälle abgelehnt werden). Kopieren Sie den Text jedes Falls in einen Fall beim Partner-Support und tragen Sie hier dessen Fallnummer ein.`,
    none: 'Keine Bestellung wartet auf einen Antrag.',
    caseTitle: (n, orders, items) =>
      `Fall ${n}: ${orders} Bestellung${orders === 1 ? '' : 'en'}, ${items} Artikel`,
    textLabel: (n) => `Text von Fall ${n}`,
    language: (name) => `Auf ${name}, der für Antragstexte eingestellten Sprache.`,
    copy: 'Text kopieren',
    copied: 'Text kopiert.',
    copyFailed: 'Kopieren fehlgeschlagen: Markieren Sie den Text und kopieren Sie ihn selbst.',
    caseId: 'Fallnummer (optional)',
    caseIdHint: 'Die Nummer, die der Partner-Support dem Fall gibt.',
    record: 'Als eingereicht erfassen',
    recorded: 'Antrag als heute eingereicht erfasst.',
    crossWarning: (region, rate) =>
      `Mit diesem Fall steigt die Antragsquote von ${region} über 180 Tage auf ${pct('de', rate)}, über die von Verkäufern berichtete Schwelle von 2 %. Warten Sie besser ab.`,
  },
  list: {
    title: 'Eingereichte Anträge',
    none: 'Noch kein Antrag erfasst.',
    caption: 'Beim Partner-Support eingereichte Erstattungsanträge',
    columns: {
      caseId: 'Fallnummer',
      orders: 'Bestellungen',
      reason: 'Grund',
      filedOn: 'Eingereicht am',
      status: 'Status',
      days: 'Tage seit Einreichung',
      claimed: 'Beantragt',
      paid: 'Erstattet',
      actions: 'Aktionen',
    },
    status: {
      filed: 'Eingereicht',
      paid: 'Erstattet',
      'partly-paid': 'Teilweise erstattet',
      refused: 'Abgelehnt',
    },
    reason: { lost: 'Verloren', damaged: 'Beschädigt' },
    days: (n) => `${n} T.`,
    noCaseId: 'noch keine',
    unknownAmount: '—',
    setCaseId: 'Fallnummer eintragen',
    editCaseId: 'Fallnummer ändern',
    caseIdFor: (orders) => `Fallnummer des Antrags für ${orders}`,
    save: 'Speichern',
    cancel: 'Abbrechen',
    markRefused: 'Als abgelehnt markieren',
    delete: 'Löschen',
    deleteConfirm:
      'Diesen Antrag löschen? Seine Bestellungen werden ohne ihn neu bewertet (wieder zu beantragen, falls sie es sind).',
    unpaid: (days) => `Nach ${days} Tagen nicht erstattet`,
    unpaidNext:
      'Nächster Schritt: Fragen Sie den Partner-Support unter Angabe der Fallnummer nach dem Stand; importieren Sie vorher den neuesten Erstattungen-Bericht.',
    partly: 'Teilweise erstattet',
    partlyNext:
      'Nächster Schritt: Vergleichen Sie den erstatteten Betrag mit den beantragten Einheiten; antworten Sie im Fall für den Rest, mit dem Nachweispaket.',
    refused: 'Abgelehnt',
    refusedNext:
      'Nächster Schritt: Lesen Sie die Begründung; ist das Paket wirklich verloren oder beschädigt, antworten Sie im Fall mit dem Nachweispaket oder eröffnen Sie einen neuen Fall.',
  },
  import: {
    title: 'Erstattungen-Bericht importieren',
    intro:
      'Der Bericht „Erstattungen“ aus Seller Central (Berichte › Versand durch Amazon), wie heruntergeladen (tabulatorgetrennter Text). Seine Zeilen werden Ihren Anträgen über die Fallnummer, dann über die Bestellnummer zugeordnet; die Anträge werden mit ihren Beträgen als erstattet markiert.',
    choose: 'Erstattungen-Bericht wählen',
    reading: 'Bericht wird gelesen…',
    result: (r) =>
      `${r.rows} Zeile${r.rows === 1 ? '' : 'n'} gelesen, ${r.matched} einem Antrag zugeordnet: ${r.paid} Antr${r.paid === 1 ? 'ag' : 'äge'} erstattet, ${r.partlyPaid} teilweise; ${r.unmatched} Zeile${r.unmatched === 1 ? '' : 'n'} ohne hier erfassten Antrag.`,
    failed: 'Import abgelehnt',
    skipped: (n) => `${n} unlesbare Zeile${n === 1 ? '' : 'n'} ausgelassen.`,
    duplicates: (n) => `${n} Zeile${n === 1 ? '' : 'n'} doppelt in der Datei, nur einmal gelesen.`,
    refusals: {
      empty: 'Die Datei enthält keine Erstattung: Sie ist leer oder hat nur ihre Kopfzeile.',
      'not-reimbursements-report':
        'Dies ist kein Erstattungen-Bericht: Seine Spalten (approval-date, reimbursement-id, case-id, amazon-order-id, amount-total…) fehlen. Nichts wurde gespeichert.',
      'too-large':
        'Die Datei ist für einen Import zu groß: Laden Sie den Bericht für einen kürzeren Zeitraum herunter.',
    },
  },
  gauge: {
    title: 'Antragsquote über 180 Tage',
    intro:
      'Eingereichte und erstattete Anträge im Verhältnis zu den in den letzten 180 Tagen versandten Multi-Channel-Versand-Bestellungen, je Region. Die Schwelle von 2 % wird von Verkäufern berichtet, sie ist keine Amazon-Richtlinie.',
    level: 'Schwelle von 2 %: von Verkäufern berichtet, keine Amazon-Richtlinie',
    figures: (filed, paid, shipped) =>
      `${filed} Antr${filed === 1 ? 'ag' : 'äge'} eingereicht, ${paid} erstattet, bei ${shipped} versandten Multi-Channel-Versand-Bestellung${shipped === 1 ? '' : 'en'}`,
    rate: (filed, paid) => `eingereicht ${pct('de', filed)}, erstattet ${pct('de', paid)}`,
    regions: { EU: 'Europa', NA: 'Nordamerika', FE: 'Ferner Osten', other: 'Andere Marketplaces' },
    noShipped: 'keine Multi-Channel-Versand-Bestellung versandt',
    above: 'über der berichteten Schwelle',
    below: 'unter der berichteten Schwelle',
    meterLabel: (region) => `Antragsquote von ${region}`,
  },
};

const es: ClaimsTexts = {
  prepare: {
    title: 'Preparar casos',
    intro: (max) =>
      `Los pedidos que reclamar ahora, agrupados en casos de ${max} artículos como máximo (los vendedores indican que los casos grandes se rechazan). Copie el texto de cada caso en un caso con el soporte para socios de venta y anote aquí su número de caso.`,
    none: 'Ningún pedido espera una reclamación.',
    caseTitle: (n, orders, items) =>
      `Caso ${n}: ${orders} pedido${orders === 1 ? '' : 's'}, ${items} artículo${items === 1 ? '' : 's'}`,
    textLabel: (n) => `Texto del caso ${n}`,
    language: (name) => `En ${name}, el idioma elegido para los textos de reclamación.`,
    copy: 'Copiar el texto',
    copied: 'Texto copiado.',
    copyFailed: 'No se pudo copiar: seleccione el texto y cópielo usted.',
    caseId: 'Número de caso (opcional)',
    caseIdHint: 'El número que el soporte para socios de venta da al caso.',
    record: 'Anotar como presentada',
    recorded: 'Reclamación anotada como presentada hoy.',
    crossWarning: (region, rate) =>
      `Anotar este caso lleva la tasa de reclamación de ${region} al ${pct('es', rate)} en 180 días, por encima del umbral del 2 % que indican los vendedores. Quizá convenga esperar.`,
  },
  list: {
    title: 'Reclamaciones presentadas',
    none: 'Aún no se ha anotado ninguna reclamación.',
    caption: 'Reclamaciones presentadas al soporte para socios de venta',
    columns: {
      caseId: 'Caso',
      orders: 'Pedidos',
      reason: 'Motivo',
      filedOn: 'Presentada el',
      status: 'Estado',
      days: 'Días desde la presentación',
      claimed: 'Reclamado',
      paid: 'Pagado',
      actions: 'Acciones',
    },
    status: {
      filed: 'Presentada',
      paid: 'Pagada',
      'partly-paid': 'Pagada en parte',
      refused: 'Rechazada',
    },
    reason: { lost: 'Perdido', damaged: 'Dañado' },
    days: (n) => `${n} d`,
    noCaseId: 'aún no',
    unknownAmount: '—',
    setCaseId: 'Anotar número de caso',
    editCaseId: 'Cambiar número de caso',
    caseIdFor: (orders) => `Número de caso de la reclamación de ${orders}`,
    save: 'Guardar',
    cancel: 'Cancelar',
    markRefused: 'Marcar rechazada',
    delete: 'Eliminar',
    deleteConfirm:
      '¿Eliminar esta reclamación? Sus pedidos se evalúan de nuevo sin ella (otra vez reclamables si lo son).',
    unpaid: (days) => `Sin pagar tras ${days} días`,
    unpaidNext:
      'Siguiente paso: pregunte al soporte para socios de venta por el estado del caso, citando su número; importe antes el último informe de Reembolsos.',
    partly: 'Pagada en parte',
    partlyNext:
      'Siguiente paso: compare el importe pagado con las unidades reclamadas; responda al caso por el resto, con el paquete de pruebas.',
    refused: 'Rechazada',
    refusedNext:
      'Siguiente paso: lea el motivo; si el paquete está realmente perdido o dañado, responda al caso con el paquete de pruebas o abra un caso nuevo.',
  },
  import: {
    title: 'Importar un informe de Reembolsos',
    intro:
      'El informe «Reembolsos» de Seller Central (Informes › Logística de Amazon), tal como se descarga (texto separado por tabuladores). Sus filas se asocian a sus reclamaciones por número de caso y después por número de pedido; las reclamaciones se marcan pagadas con sus importes.',
    choose: 'Elegir un informe de Reembolsos',
    reading: 'Leyendo el informe…',
    result: (r) =>
      `${r.rows} fila${r.rows === 1 ? '' : 's'} leída${r.rows === 1 ? '' : 's'}, ${r.matched} asociada${r.matched === 1 ? '' : 's'} a una reclamación: ${r.paid} reclamación${r.paid === 1 ? '' : 'es'} pagada${r.paid === 1 ? '' : 's'}, ${r.partlyPaid} pagada${r.partlyPaid === 1 ? '' : 's'} en parte; ${r.unmatched} fila${r.unmatched === 1 ? '' : 's'} sin reclamación anotada aquí.`,
    failed: 'Importación rechazada',
    skipped: (n) =>
      `${n} fila${n === 1 ? '' : 's'} ilegible${n === 1 ? '' : 's'} omitida${n === 1 ? '' : 's'}.`,
    duplicates: (n) =>
      `${n} fila${n === 1 ? '' : 's'} repetida${n === 1 ? '' : 's'} en el archivo, leída${n === 1 ? '' : 's'} una sola vez.`,
    refusals: {
      empty: 'El archivo no contiene ningún reembolso: está vacío o solo tiene la fila de encabezado.',
      'not-reimbursements-report':
        'No es un informe de Reembolsos: faltan sus columnas (approval-date, reimbursement-id, case-id, amazon-order-id, amount-total…). No se ha guardado nada.',
      'too-large':
        'El archivo es demasiado grande para una importación: descargue el informe de un periodo más corto.',
    },
  },
  gauge: {
    title: 'Tasa de reclamación en 180 días',
    intro:
      'Reclamaciones presentadas y pagadas respecto a los pedidos de Envíos multicanal enviados en los últimos 180 días, por región. El umbral del 2 % lo indican los vendedores, no es una política de Amazon.',
    level: 'Umbral del 2 %: indicado por los vendedores, no es una política de Amazon',
    figures: (filed, paid, shipped) =>
      `${filed} reclamación${filed === 1 ? '' : 'es'} presentada${filed === 1 ? '' : 's'}, ${paid} pagada${paid === 1 ? '' : 's'}, para ${shipped} pedido${shipped === 1 ? '' : 's'} de Envíos multicanal enviado${shipped === 1 ? '' : 's'}`,
    rate: (filed, paid) => `presentadas ${pct('es', filed)}, pagadas ${pct('es', paid)}`,
    regions: { EU: 'Europa', NA: 'Norteamérica', FE: 'Lejano Oriente', other: 'Otros marketplaces' },
    noShipped: 'ningún pedido de Envíos multicanal enviado',
    above: 'por encima del umbral indicado',
    below: 'por debajo del umbral indicado',
    meterLabel: (region) => `Tasa de reclamación de ${region}`,
  },
};

const it: ClaimsTexts = {
  prepare: {
    title: 'Preparare i casi',
    intro: (max) =>
      `Gli ordini da richiedere ora, raggruppati in casi di al massimo ${max} articoli (i venditori riferiscono che i casi grandi vengono respinti). Copia il testo di ogni caso in un caso al supporto per i partner di vendita, poi annota qui il suo numero di caso.`,
    none: 'Nessun ordine attende una richiesta di rimborso.',
    caseTitle: (n, orders, items) =>
      `Caso ${n}: ${orders} ordin${orders === 1 ? 'e' : 'i'}, ${items} articol${items === 1 ? 'o' : 'i'}`,
    textLabel: (n) => `Testo del caso ${n}`,
    language: (name) => `In ${name}, la lingua scelta per i testi delle richieste.`,
    copy: 'Copia il testo',
    copied: 'Testo copiato.',
    copyFailed: 'Copia non riuscita: seleziona il testo e copialo tu.',
    caseId: 'Numero del caso (facoltativo)',
    caseIdHint: 'Il numero che il supporto per i partner di vendita assegna al caso.',
    record: 'Registra come inviata',
    recorded: 'Richiesta registrata come inviata oggi.',
    crossWarning: (region, rate) =>
      `Registrare questo caso porta il tasso di richieste di ${region} al ${pct('it', rate)} su 180 giorni, sopra la soglia del 2 % riferita dai venditori. Forse conviene aspettare.`,
  },
  list: {
    title: 'Richieste inviate',
    none: 'Nessuna richiesta registrata finora.',
    caption: 'Richieste di rimborso inviate al supporto per i partner di vendita',
    columns: {
      caseId: 'Caso',
      orders: 'Ordini',
      reason: 'Motivo',
      filedOn: 'Inviata il',
      status: 'Stato',
      days: 'Giorni dall’invio',
      claimed: 'Richiesto',
      paid: 'Pagato',
      actions: 'Azioni',
    },
    status: {
      filed: 'Inviata',
      paid: 'Pagata',
      'partly-paid': 'Pagata in parte',
      refused: 'Respinta',
    },
    reason: { lost: 'Smarrito', damaged: 'Danneggiato' },
    days: (n) => `${n} g`,
    noCaseId: 'non ancora',
    unknownAmount: '—',
    setCaseId: 'Inserisci il numero',
    editCaseId: 'Modifica il numero',
    caseIdFor: (orders) => `Numero del caso della richiesta per ${orders}`,
    save: 'Salva',
    cancel: 'Annulla',
    markRefused: 'Segna come respinta',
    delete: 'Elimina',
    deleteConfirm:
      'Eliminare questa richiesta? I suoi ordini vengono valutati di nuovo senza di essa (di nuovo da richiedere se lo sono).',
    unpaid: (days) => `Non pagata dopo ${days} giorni`,
    unpaidNext:
      'Prossimo passo: chiedi al supporto per i partner di vendita lo stato del caso, citando il suo numero; importa prima l’ultimo report Rimborsi.',
    partly: 'Pagata in parte',
    partlyNext:
      'Prossimo passo: confronta l’importo pagato con le unità richieste; rispondi al caso per il resto, con il pacchetto di prove.',
    refused: 'Respinta',
    refusedNext:
      'Prossimo passo: leggi il motivo; se il pacco è davvero smarrito o danneggiato, rispondi al caso con il pacchetto di prove o apri un nuovo caso.',
  },
  import: {
    title: 'Importa un report Rimborsi',
    intro:
      'Il report «Rimborsi» di Seller Central (Report › Logistica di Amazon), così come scaricato (testo separato da tabulazioni). Le sue righe vengono abbinate alle tue richieste per numero del caso, poi per numero d’ordine; le richieste vengono segnate come pagate con i loro importi.',
    choose: 'Scegli un report Rimborsi',
    reading: 'Lettura del report…',
    result: (r) =>
      `${r.rows} rig${r.rows === 1 ? 'a letta' : 'he lette'}, ${r.matched} abbinat${r.matched === 1 ? 'a' : 'e'} a una richiesta: ${r.paid} richiest${r.paid === 1 ? 'a pagata' : 'e pagate'}, ${r.partlyPaid} pagat${r.partlyPaid === 1 ? 'a' : 'e'} in parte; ${r.unmatched} rig${r.unmatched === 1 ? 'a' : 'he'} senza richiesta registrata qui.`,
    failed: 'Importazione respinta',
    skipped: (n) => `${n} rig${n === 1 ? 'a illeggibile tralasciata' : 'he illeggibili tralasciate'}.`,
    duplicates: (n) =>
      `${n} rig${n === 1 ? 'a presente' : 'he presenti'} due volte nel file, lett${n === 1 ? 'a' : 'e'} una sola volta.`,
    refusals: {
      empty: 'Il file non contiene alcun rimborso: è vuoto o ha solo la riga di intestazione.',
      'not-reimbursements-report':
        'Questo non è un report Rimborsi: mancano le sue colonne (approval-date, reimbursement-id, case-id, amazon-order-id, amount-total…). Non è stato salvato nulla.',
      'too-large':
        'Il file è troppo grande per una sola importazione: scarica il report per un periodo più breve.',
    },
  },
  gauge: {
    title: 'Tasso di richieste su 180 giorni',
    intro:
      'Richieste inviate e pagate rispetto agli ordini di Logistica multicanale spediti negli ultimi 180 giorni, per regione. La soglia del 2 % è riferita dai venditori, non è una regola di Amazon.',
    level: 'Soglia del 2 %: riferita dai venditori, non una regola di Amazon',
    figures: (filed, paid, shipped) =>
      `${filed} richiest${filed === 1 ? 'a inviata' : 'e inviate'}, ${paid} pagat${paid === 1 ? 'a' : 'e'}, per ${shipped} ordin${shipped === 1 ? 'e' : 'i'} di Logistica multicanale spedit${shipped === 1 ? 'o' : 'i'}`,
    rate: (filed, paid) => `inviate ${pct('it', filed)}, pagate ${pct('it', paid)}`,
    regions: { EU: 'Europa', NA: 'Nord America', FE: 'Estremo Oriente', other: 'Altri marketplace' },
    noShipped: 'nessun ordine di Logistica multicanale spedito',
    above: 'sopra la soglia riferita',
    below: 'sotto la soglia riferita',
    meterLabel: (region) => `Tasso di richieste di ${region}`,
  },
};

export const CLAIMS_TEXTS: Readonly<Record<Lang, ClaimsTexts>> = { fr, en, de, es, it };
