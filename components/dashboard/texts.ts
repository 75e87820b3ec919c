import type { RestoreStop } from '../../core/export/run-restore';
import type { ImportInterruption } from '../../core/import/run-import';
import type { FindingKind, Severity } from '../../core/model/finding';

// What the dashboard says, in French and English. Order and page values are shown as text only.

export type DashboardLang = 'fr' | 'en';

const en = {
  title: 'MCF Desk — orders',
  tabs: { orders: 'Orders', import: 'Import', backup: 'Backup', settings: 'Settings' },
  loading: (done: number, total: number) =>
    `Loading orders… ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`,
  shown: (shown: number, total: number) =>
    `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} orders`,
  selected: (n: number) => `${n.toLocaleString('en')} selected`,
  reload: 'Reload',
  columns: {
    orderId: 'Order',
    countryCode: 'Market',
    status: 'Status',
    shipDate: 'Ship date',
    edd: 'Est. delivery',
    carrier: 'Carrier',
    tracking: 'Tracking',
    findings: 'Findings',
    claimDeadline: 'Claim deadline',
  },
  filters: {
    kind: 'Finding',
    severity: 'Severity',
    marketplace: 'Marketplace',
    any: 'All',
    none: 'None',
    dateField: 'Dates',
    from: 'From',
    to: 'To',
    search: 'Search order id, SKU or tracking',
    clear: 'Clear filters',
  },
  severity: { info: 'Info', warning: 'Warning', action: 'Action' } as Record<Severity, string>,
  selectAll: 'Select all shown orders',
  selectRow: (id: string) => `Select order ${id}`,
  openOrder: 'Open the order page',
  daysLeft: (n: number) => (n >= 0 ? `${n} d left` : `${-n} d late`),
  delivered: 'Delivered',
  notDelivered: 'Not delivered',
  deliveryQuestion: 'What does Swiship say?',
  noUnknownPackage: 'No package of this order has an unknown delivery any more: reload the table.',
  claimFiled: 'Claim filed',
  caseId: 'Case id',
  markClaim: 'Mark claim filed',
  unmarkClaim: 'Unmark claim',
  exportCsv: 'Export shown orders (CSV)',
  exportClaims: 'Claim texts of selected orders',
  noClaimable: 'None of the selected orders has a claimable finding.',
  claimsWritten: (n: number, skipped: number) =>
    `${n} claim text${n === 1 ? '' : 's'} written${skipped > 0 ? `; ${skipped} order${skipped === 1 ? '' : 's'} with nothing to claim left out` : ''}.`,
  empty: 'No order stored yet: visit MCF orders on Seller Central or import a report.',
  noMatch: 'No order matches these filters.',
  import: {
    intro:
      'Import the "Amazon Fulfilled Shipments" report (tab-separated text or CSV, as downloaded from Seller Central) or an SP-API JSON file (getFulfillmentOrder, listAllFulfillmentOrders, or an array of them).',
    marketplace: 'Marketplace of the report’s MCF orders',
    choose: 'Choose a file',
    drop: 'or drop it here',
    reading: 'Reading',
    saving: 'Saving',
    summary: 'Import finished',
    kind: { report: 'Report', api: 'SP-API file' },
    rowsRead: 'Rows read',
    orders: 'Orders in the file',
    created: 'Orders created',
    updated: 'Orders updated',
    unchanged: 'Orders unchanged',
    notMcf: 'Amazon (non-MCF) rows left out',
    duplicates: 'Repeated rows ignored',
    rejected: 'Rows rejected',
    line: 'Line',
    reason: 'Reason',
    failed: 'Import refused',
    noDelivery:
      'A report says nothing of delivery: old orders show “check on Swiship” until you answer, visit the order page or import API data.',
  },
  backup: {
    intro:
      'One JSON file with every order, its history, checklists, snoozed findings, settings and learned rules. Restoring replaces everything stored.',
    download: 'Download a backup',
    restore: 'Restore from a backup',
    restoring: 'Restoring',
    restored: (n: number) => `Backup restored: ${n.toLocaleString('en')} orders.`,
    confirm: 'Restoring replaces every order and setting stored now. Continue?',
    failed: 'Restore refused',
  },
  settings: {
    claimWindowDays: 'Claim window (days after the estimated delivery date)',
    claimWindowHint: '90 days is the published US figure; no EU figure is published.',
    returnReminderDays: 'Remind me of an open return after (days)',
    notifications: 'Notifications',
    notificationModes: { each: 'One per order', digest: 'A daily digest', off: 'None' },
    returnCommentTemplate: 'Default return comment ({orderId} is replaced by the order id)',
    language: 'Language',
    languages: { auto: 'Browser language', fr: 'Français', en: 'English' },
    save: 'Save settings',
    saved: 'Settings saved.',
    deleteAll: 'Delete all data',
    deleteConfirm: 'Delete every order, history, checklist, setting and learned rule? This cannot be undone.',
    deleted: 'All data deleted.',
  },
  learned: {
    title: 'Learned rules',
    intro:
      'Where you showed MCF Desk a value on a Seller Central page: later pages of that site are read with these rules.',
    empty:
      'No learned rule yet: on an order page, use “Show on the page” for a field MCF Desk could not read.',
    field: 'Field',
    label: 'Label',
    path: 'path',
    host: 'Site',
    date: 'Learned on',
    example: 'Example',
    correction: 'correction',
    correctionHint: 'Taught because the field was read wrongly: this rule wins over the built-in labels.',
    delete: 'Delete',
    deleteLabel: (field: string, host: string) => `Delete the rule for ${field} on ${host}`,
    export: 'Export learned rules',
    import: 'Import learned rules',
    imported: (added: number, replaced: number) => `Rules imported: ${added} added, ${replaced} replaced.`,
    failed: 'Import refused',
  },
  error: 'Error',
  kinds: {
    'tracking-pending': 'Tracking pending',
    'tracking-missing': 'No tracking',
    'not-shipped-by-edd': 'Not shipped by EDD',
    'lost-watch': 'Late',
    'lost-check': 'Check on Swiship',
    'lost-claimable': 'Lost: claim',
    'claim-expired': 'Claim expired',
    'damaged-claimable': 'Damaged: claim',
    'not-eligible': 'Not eligible',
    unfulfillable: 'Unfulfillable',
    'return-open': 'Return open',
    'return-removal': 'Unsellable return: removal order',
    'needs-data': 'Data missing',
  } as Record<FindingKind, string>,
  faults: {
    importInterrupted: 'Import interrupted',
    importStopped: (i: ImportInterruption) =>
      `${i.saved.toLocaleString('en')} of ${i.total.toLocaleString('en')} orders were saved (the part on its way when it stopped may have been saved too). It stopped at order ${i.stoppedAt.toLocaleString('en')} (${i.orderId}${i.line === undefined ? '' : `, line ${i.line.toLocaleString('en')}`}): ${i.reason}. ` +
      (i.retry
        ? 'Import the same file again to finish: the orders already saved are recognised, nothing is doubled.'
        : 'That part of the file was refused: importing it again stops at the same place. The orders already saved stay, and are not doubled.'),
    restoreStopped: (s: RestoreStop) =>
      s.atLast
        ? `The restore stopped while its last part (${s.total} of ${s.total}) was being saved (${s.reason}): either the whole backup was restored or nothing was changed, never a part of it. Check the orders, or restore the same file again.`
        : `The restore stopped after part ${s.done} of ${s.total} (${s.reason}): nothing was changed, your data is as it was. Restore the same file again.`,
  },
};

export type DashboardTexts = typeof en;

const fr: DashboardTexts = {
  title: 'MCF Desk — commandes',
  tabs: { orders: 'Commandes', import: 'Importer', backup: 'Sauvegarde', settings: 'Réglages' },
  loading: (done, total) =>
    `Chargement des commandes… ${done.toLocaleString('fr')} / ${total.toLocaleString('fr')}`,
  shown: (shown, total) => `${shown.toLocaleString('fr')} commandes sur ${total.toLocaleString('fr')}`,
  selected: (n) => `${n.toLocaleString('fr')} sélectionnée${n > 1 ? 's' : ''}`,
  reload: 'Actualiser',
  columns: {
    orderId: 'Commande',
    countryCode: 'Marché',
    status: 'Statut',
    shipDate: 'Expédiée le',
    edd: 'Livraison estimée',
    carrier: 'Transporteur',
    tracking: 'Suivi',
    findings: 'Constats',
    claimDeadline: 'Date limite de réclamation',
  },
  filters: {
    kind: 'Constat',
    severity: 'Gravité',
    marketplace: 'Place de marché',
    any: 'Tous',
    none: 'Aucun',
    dateField: 'Dates',
    from: 'Du',
    to: 'Au',
    search: 'Rechercher n° de commande, SKU ou suivi',
    clear: 'Effacer les filtres',
  },
  severity: { info: 'Info', warning: 'Alerte', action: 'Action' },
  selectAll: 'Sélectionner toutes les commandes affichées',
  selectRow: (id) => `Sélectionner la commande ${id}`,
  openOrder: 'Ouvrir la page de la commande',
  daysLeft: (n) => (n >= 0 ? `J-${n}` : `dépassée de ${-n} j`),
  delivered: 'Livrée',
  notDelivered: 'Non livrée',
  deliveryQuestion: 'Que dit Swiship ?',
  noUnknownPackage: "Aucun colis de cette commande n'a plus de livraison inconnue : rechargez le tableau.",
  claimFiled: 'Réclamation déposée',
  caseId: 'N° de dossier',
  markClaim: 'Marquer la réclamation déposée',
  unmarkClaim: 'Annuler « déposée »',
  exportCsv: 'Exporter les commandes affichées (CSV)',
  exportClaims: 'Textes de réclamation de la sélection',
  noClaimable: "Aucune commande sélectionnée n'a de constat réclamable.",
  claimsWritten: (n, skipped) =>
    `${n} texte${n > 1 ? 's' : ''} de réclamation écrit${n > 1 ? 's' : ''}${skipped > 0 ? ` ; ${skipped} commande${skipped > 1 ? 's' : ''} sans rien à réclamer laissée${skipped > 1 ? 's' : ''} de côté` : ''}.`,
  empty: 'Aucune commande enregistrée : visitez des commandes MCF sur Seller Central ou importez un rapport.',
  noMatch: 'Aucune commande ne correspond à ces filtres.',
  import: {
    intro:
      'Importez le rapport « Amazon Fulfilled Shipments » (texte tabulé ou CSV, tel que téléchargé depuis Seller Central) ou un fichier JSON SP-API (getFulfillmentOrder, listAllFulfillmentOrders, ou un tableau de ceux-ci).',
    marketplace: 'Place de marché des commandes MCF du rapport',
    choose: 'Choisir un fichier',
    drop: 'ou déposez-le ici',
    reading: 'Lecture',
    saving: 'Enregistrement',
    summary: 'Import terminé',
    kind: { report: 'Rapport', api: 'Fichier SP-API' },
    rowsRead: 'Lignes lues',
    orders: 'Commandes dans le fichier',
    created: 'Commandes créées',
    updated: 'Commandes mises à jour',
    unchanged: 'Commandes inchangées',
    notMcf: 'Lignes Amazon (hors MCF) ignorées',
    duplicates: 'Lignes répétées ignorées',
    rejected: 'Lignes rejetées',
    line: 'Ligne',
    reason: 'Motif',
    failed: 'Import refusé',
    noDelivery:
      "Un rapport ne dit rien de la livraison : les anciennes commandes affichent « vérifier sur Swiship » jusqu'à votre réponse, une visite de la commande ou un import de l'API.",
  },
  backup: {
    intro:
      'Un fichier JSON avec toutes les commandes, leur historique, les listes de contrôle, les constats reportés, les réglages et les règles apprises. La restauration remplace tout ce qui est enregistré.',
    download: 'Télécharger une sauvegarde',
    restore: 'Restaurer une sauvegarde',
    restoring: 'Restauration',
    restored: (n) => `Sauvegarde restaurée : ${n.toLocaleString('fr')} commandes.`,
    confirm: 'La restauration remplace toutes les commandes et tous les réglages enregistrés. Continuer ?',
    failed: 'Restauration refusée',
  },
  settings: {
    claimWindowDays: 'Délai de réclamation (jours après la date de livraison estimée)',
    claimWindowHint: '90 jours est le chiffre publié pour les États-Unis ; aucun chiffre publié pour l’UE.',
    returnReminderDays: 'Me rappeler un retour ouvert après (jours)',
    notifications: 'Notifications',
    notificationModes: { each: 'Une par commande', digest: 'Un résumé quotidien', off: 'Aucune' },
    returnCommentTemplate: 'Commentaire de retour par défaut ({orderId} est remplacé par le n° de commande)',
    language: 'Langue',
    languages: { auto: 'Langue du navigateur', fr: 'Français', en: 'English' },
    save: 'Enregistrer les réglages',
    saved: 'Réglages enregistrés.',
    deleteAll: 'Supprimer toutes les données',
    deleteConfirm:
      'Supprimer toutes les commandes, historiques, listes de contrôle, réglages et règles apprises ? Cette action est irréversible.',
    deleted: 'Toutes les données ont été supprimées.',
  },
  learned: {
    title: 'Règles apprises',
    intro:
      'Là où vous avez montré une valeur à MCF Desk sur une page Seller Central : les pages suivantes de ce site sont lues avec ces règles.',
    empty:
      'Aucune règle apprise : sur une page de commande, utilisez « Montrer sur la page » pour un champ que MCF Desk n’a pas lu.',
    field: 'Champ',
    label: 'Libellé',
    path: 'chemin',
    host: 'Site',
    date: 'Apprise le',
    example: 'Exemple',
    correction: 'correction',
    correctionHint:
      'Apprise parce que le champ était mal lu : cette règle passe avant les libellés intégrés.',
    delete: 'Supprimer',
    deleteLabel: (field, host) => `Supprimer la règle ${field} sur ${host}`,
    export: 'Exporter les règles apprises',
    import: 'Importer des règles apprises',
    imported: (added, replaced) =>
      `Règles importées : ${added} ajoutée${added > 1 ? 's' : ''}, ${replaced} remplacée${replaced > 1 ? 's' : ''}.`,
    failed: 'Import refusé',
  },
  error: 'Erreur',
  kinds: {
    'tracking-pending': 'Suivi attendu',
    'tracking-missing': 'Pas de suivi',
    'not-shipped-by-edd': 'Non expédiée à la date prévue',
    'lost-watch': 'En retard',
    'lost-check': 'Vérifier sur Swiship',
    'lost-claimable': 'Perdue : réclamer',
    'claim-expired': 'Réclamation expirée',
    'damaged-claimable': 'Endommagée : réclamer',
    'not-eligible': 'Non éligible',
    unfulfillable: 'Non expédiable',
    'return-open': 'Retour ouvert',
    'return-removal': 'Retour invendable : ordre de retrait',
    'needs-data': 'Données manquantes',
  },
  faults: {
    importInterrupted: 'Import interrompu',
    importStopped: (i) =>
      `${i.saved.toLocaleString('fr')} commandes sur ${i.total.toLocaleString('fr')} ont été enregistrées (la partie en cours d’envoi au moment de l’arrêt l’a peut-être été aussi). L’import s’est arrêté à la commande ${i.stoppedAt.toLocaleString('fr')} (${i.orderId}${i.line === undefined ? '' : `, ligne ${i.line.toLocaleString('fr')}`}) : ${i.reason}. ` +
      (i.retry
        ? 'Importez à nouveau le même fichier pour le terminer : les commandes déjà enregistrées sont reconnues, rien n’est compté deux fois.'
        : 'Cette partie du fichier a été refusée : un nouvel import s’arrêtera au même endroit. Les commandes déjà enregistrées restent, sans doublon.'),
    restoreStopped: (s) =>
      s.atLast
        ? `La restauration s’est arrêtée pendant l’enregistrement de sa dernière partie (${s.total} sur ${s.total}) (${s.reason}) : soit toute la sauvegarde a été restaurée, soit rien n’a été modifié, jamais une partie seulement. Vérifiez les commandes, ou restaurez à nouveau le même fichier.`
        : `La restauration s’est arrêtée après la partie ${s.done} sur ${s.total} (${s.reason}) : rien n’a été modifié, vos données sont comme avant. Restaurez à nouveau le même fichier.`,
  },
};

export const DASHBOARD_TEXTS: Record<DashboardLang, DashboardTexts> = { en, fr };
