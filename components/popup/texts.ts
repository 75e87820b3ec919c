import type { FieldOutcome, FieldProblem, FillReport } from '../../core/return-form/schema';

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
    roles: { quantity: 'Retour', reason: 'Motif du retour', comment: 'Commentaires' },
    severity: { action: 'Action', warning: 'Attention', info: 'Info' },
  },
  en: {
    loading: 'Loading…',
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
    roles: { quantity: 'Return', reason: 'Return Reason', comment: 'Comments' },
    severity: { action: 'Action', warning: 'Warning', info: 'Info' },
  },
} as const;
export type PopupTexts = (typeof POPUP_TEXTS)[Lang];

/** Why a field was not filled, in words. */
export function problemText(problem: FieldProblem, lang: Lang): string {
  const fr = lang === 'fr';
  const requested = problem.requested ?? '';
  const detail = problem.detail ?? '';
  switch (problem.code) {
    case 'field-not-found':
      return fr ? 'champ introuvable sur la page' : 'field not found on the page';
    case 'item-not-on-form':
      return fr ? "l'article n'a pas de ligne dans le formulaire" : 'the item has no row on the form';
    case 'unknown-reason':
      return fr
        ? `le motif « ${requested} » n'est pas proposé par le formulaire`
        : `the reason “${requested}” is not offered by the form`;
    case 'above-shipped':
      return fr
        ? `${requested} demandé(s), plus que les ${detail} expédié(s) : refusé`
        : `${requested} asked, more than the ${detail} shipped: refused`;
    case 'option-not-offered':
      return fr
        ? `${requested} n'est pas proposé par le formulaire (maximum : ${detail || '—'})`
        : `${requested} is not offered by the form (maximum: ${detail || '—'})`;
    case 'page-changed':
      return fr
        ? `la page a changé depuis sa lecture (${detail || 'champ différent'})`
        : `the page changed since it was read (${detail || 'different field'})`;
    case 'value-rejected':
      return fr
        ? `la page a refusé la valeur (elle garde « ${detail} »)`
        : `the page refused the value (it keeps “${detail}”)`;
  }
}

/** One line per field of a fill report: also the shape the page overlay shows. */
export interface ReportLine {
  field: string;
  ok: boolean;
  reason?: string;
}

function fieldName(outcome: FieldOutcome, lang: Lang): string {
  const name = POPUP_TEXTS[lang].roles[outcome.role];
  return outcome.sku ? `${name} (${outcome.sku})` : name;
}

export function reportLines(report: FillReport, lang: Lang): ReportLine[] {
  return report.outcomes.map((outcome) => {
    const line: ReportLine = { field: fieldName(outcome, lang), ok: outcome.status === 'filled' };
    if (outcome.problem) line.reason = problemText(outcome.problem, lang);
    return line;
  });
}
