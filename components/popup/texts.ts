// Words of the popup, fr and en. Finding texts come from components/finding-text.ts (shared with
// the overlay); checklist steps carry their own texts (core/checklists).

export type Lang = 'fr' | 'en';

/** The `language` setting, else the browser's language: French if it is French, else English. */
export function resolveLang(
  setting: 'auto' | 'fr' | 'en' | undefined,
  browserLanguage: string | undefined,
): Lang {
  if (setting === 'fr' || setting === 'en') return setting;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const POPUP_TEXTS = {
  fr: {
    loading: 'Chargement…',
    openDashboard: 'Tableau de bord : toutes les commandes',
    attentionTitle: 'Commandes à traiter',
    attentionEmpty: 'Aucune commande à traiter.',
    range: (from: number, to: number, total: number) => `${from}–${to} sur ${total}`,
    previous: 'Précédent',
    next: 'Suivant',
    since: 'depuis le',
    deadline: 'échéance',
    openOrder: 'Ouvrir la commande',
    snooze: 'Reporter',
    snooze1: '1 jour',
    snooze3: '3 jours',
    snooze7: '1 semaine',
    dismiss: 'Ignorer',
    snoozeLabel: (what: string, order: string) => `Reporter « ${what} » de la commande ${order}`,
    dismissLabel: (what: string, order: string) => `Ignorer « ${what} » de la commande ${order}`,
    order: 'Commande',
    status: 'Statut',
    edd: 'Livraison estimée',
    shipped: 'Expédiée le',
    items: 'Articles',
    noFinding: 'Rien à faire pour le moment.',
    findings: 'À faire',
    checklists: 'Étapes',
    copyClaim: 'Copier le texte du dossier',
    copied: 'Copié',
    copyFailed: 'Copie impossible : sélectionnez le texte ci-dessous.',
    claimText: 'Texte du dossier',
    noClaimYet: 'Le texte du dossier sera disponible quand la réclamation sera ouverte.',
    caseId: 'Numéro du dossier',
    save: 'Enregistrer',
    saved: 'Enregistré',
    saveFailed: "L'enregistrement a échoué",
    doneOn: 'fait le',
    returnTitle: 'Créer un retour client',
    returnHelp:
      'Choisissez les quantités, le motif et le commentaire : MCF Desk remplit le formulaire « Créer un retour client », sans le soumettre.',
    quantityFor: (sku: string, shipped: number) => `Retour : ${sku} (expédié : ${shipped})`,
    quantityUnknown: (sku: string, ordered: number) =>
      `Retour : ${sku} (expédié : inconnu ; commandé : ${ordered})`,
    reason: 'Motif du retour',
    reasonFromForm: 'Motifs proposés par le formulaire',
    reasonSuggested: 'Motifs suggérés (associés à ceux du formulaire au remplissage)',
    comment: 'Commentaires',
    fill: 'Remplir le formulaire',
    filling: 'Remplissage…',
    openingForm: 'Ouverture de « Créer un retour client »…',
    noForm:
      'Aucun formulaire « Créer un retour client » ni lien vers lui sur cette page : ouvrez-le, puis cliquez à nouveau sur « Remplir le formulaire ».',
    formNotLoaded: "Le formulaire n'est pas apparu à temps : réessayez quand la page est chargée.",
    reportTitle: 'Résultat du remplissage',
    reviewAndSubmit: 'Vérifiez le formulaire dans la page, puis cliquez vous-même sur « Soumettre ».',
    filled: 'rempli',
    notFilled: 'non rempli',
    tabError: 'Impossible de joindre la page',
    otherOrderForm: (formOrder: string, shown: string) =>
      `Ce formulaire « Créer un retour client » est celui de la commande ${formOrder}, pas de la commande ${shown} affichée ici : rien n'a été rempli. Ouvrez le formulaire de la commande ${shown}, ou rouvrez MCF Desk sur la commande ${formOrder}.`,
    carrierOverrode: 'Le transporteur indique livré : votre réponse « non livré » a été remplacée.',
    capturePage: 'Enregistrer cette page pour un signalement',
    captureHelp:
      'Enregistre la page telle que MCF Desk la lit, dans un fichier HTML à joindre à un signalement. Les noms, adresses, téléphones, e-mails et messages des clients sont remplacés avant l’enregistrement.',
    captureFakeIds: 'Remplacer aussi les numéros de commande et de suivi',
    captureCounting: 'Recherche des données personnelles…',
    captureRemoved: (summary: string) => `Retiré : ${summary}.`,
    captureNothingRemoved: 'Aucune donnée personnelle trouvée sur cette page.',
    captureConfirm: 'Enregistrer le fichier',
    captureCancel: 'Annuler',
    captureSaving: 'Enregistrement…',
    captureSaved: (fileName: string) => `Fichier téléchargé : ${fileName}`,
    captureFailed: "L'enregistrement de la page a échoué",
    removedKinds: {
      names: ['nom', 'noms'],
      addresses: ['adresse', 'adresses'],
      phones: ['téléphone', 'téléphones'],
      emails: ['e-mail', 'e-mails'],
      messages: ['message', 'messages'],
      ids: ['numéro remplacé', 'numéros remplacés'],
    },
    severity: { action: 'Action', warning: 'Attention', info: 'Info' },
  },
  en: {
    loading: 'Loading…',
    openDashboard: 'Dashboard: every order',
    attentionTitle: 'Orders needing attention',
    attentionEmpty: 'No order needs attention.',
    range: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    since: 'since',
    deadline: 'deadline',
    openOrder: 'Open the order',
    snooze: 'Snooze',
    snooze1: '1 day',
    snooze3: '3 days',
    snooze7: '1 week',
    dismiss: 'Dismiss',
    snoozeLabel: (what: string, order: string) => `Snooze “${what}” of order ${order}`,
    dismissLabel: (what: string, order: string) => `Dismiss “${what}” of order ${order}`,
    order: 'Order',
    status: 'Status',
    edd: 'Estimated delivery',
    shipped: 'Shipped on',
    items: 'Items',
    noFinding: 'Nothing to do for now.',
    findings: 'To do',
    checklists: 'Steps',
    copyClaim: 'Copy the case text',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text below.',
    claimText: 'Case text',
    noClaimYet: 'The case text will be available once the claim opens.',
    caseId: 'Case id',
    save: 'Save',
    saved: 'Saved',
    saveFailed: 'Saving failed',
    doneOn: 'done on',
    returnTitle: 'Create customer return',
    returnHelp:
      'Choose the quantities, the reason and the comment: MCF Desk fills the “Create customer return” form and does not submit it.',
    quantityFor: (sku: string, shipped: number) => `Return: ${sku} (shipped: ${shipped})`,
    quantityUnknown: (sku: string, ordered: number) =>
      `Return: ${sku} (shipped: unknown; ordered: ${ordered})`,
    reason: 'Return Reason',
    reasonFromForm: 'Reasons offered by the form',
    reasonSuggested: 'Suggested reasons (matched to the form’s when filling)',
    comment: 'Comments',
    fill: 'Fill the form',
    filling: 'Filling…',
    openingForm: 'Opening “Create customer return”…',
    noForm:
      'No “Create customer return” form on this page and no link to it: open it, then click “Fill the form” again.',
    formNotLoaded: 'The form did not appear in time: try again once the page has loaded.',
    reportTitle: 'Fill result',
    reviewAndSubmit: 'Review the form on the page, then click “Submit” yourself.',
    filled: 'filled',
    notFilled: 'not filled',
    tabError: 'Could not reach the page',
    otherOrderForm: (formOrder: string, shown: string) =>
      `This “Create customer return” form is for order ${formOrder}, not order ${shown} shown here: nothing was filled. Open order ${shown}’s form, or reopen MCF Desk on order ${formOrder}.`,
    carrierOverrode: "The carrier says delivered: your 'not delivered' answer was replaced.",
    capturePage: 'Save this page for a report',
    captureHelp:
      'Saves the page as MCF Desk reads it, as an HTML file to attach to a report. Customer names, addresses, phone numbers, emails and messages are replaced before saving.',
    captureFakeIds: 'Also replace order and tracking numbers',
    captureCounting: 'Looking for personal data…',
    captureRemoved: (summary: string) => `Removed: ${summary}.`,
    captureNothingRemoved: 'No personal data found on this page.',
    captureConfirm: 'Save the file',
    captureCancel: 'Cancel',
    captureSaving: 'Saving…',
    captureSaved: (fileName: string) => `File downloaded: ${fileName}`,
    captureFailed: 'Saving the page failed',
    removedKinds: {
      names: ['name', 'names'],
      addresses: ['address', 'addresses'],
      phones: ['phone number', 'phone numbers'],
      emails: ['email', 'emails'],
      messages: ['message', 'messages'],
      ids: ['number replaced', 'numbers replaced'],
    },
    severity: { action: 'Action', warning: 'Warning', info: 'Info' },
  },
} as const;
export type PopupTexts = (typeof POPUP_TEXTS)[Lang];

/** "2 noms, 1 adresse" / "2 names, 1 address": the kinds a page capture removed, none when empty. */
export function removedSummary(removed: Readonly<Record<string, number>>, lang: Lang): string {
  const kinds = POPUP_TEXTS[lang].removedKinds;
  return (Object.keys(kinds) as (keyof typeof kinds)[])
    .filter((kind) => (removed[kind] ?? 0) > 0)
    .map((kind) => `${removed[kind]} ${kinds[kind][removed[kind] === 1 ? 0 : 1]}`)
    .join(', ');
}

// The fill report's words live beside the overlay's, which shows them too.
export { problemText, type ReportLine, reportLines } from '../fill-report-text';
