import type { FieldOutcome, FieldProblem, FillReport } from '../core/return-form/schema';

// What the return-form filler did, field by field, in the seller's words: shown in the popup and
// in the page overlay. Kept apart from the popup's texts so the content script stays small.

type Lang = 'fr' | 'en';

/** The form's own field names (Seller Central's "Créer un retour client" form). */
export const ROLE_NAMES = {
  fr: { quantity: 'Retour', reason: 'Motif du retour', comment: 'Commentaires' },
  en: { quantity: 'Return', reason: 'Return Reason', comment: 'Comments' },
} as const;

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
  const name = ROLE_NAMES[lang][outcome.role];
  return outcome.sku ? `${name} (${outcome.sku})` : name;
}

export function reportLines(report: FillReport, lang: Lang): ReportLine[] {
  return report.outcomes.map((outcome) => {
    const line: ReportLine = { field: fieldName(outcome, lang), ok: outcome.status === 'filled' };
    if (outcome.problem) line.reason = problemText(outcome.problem, lang);
    return line;
  });
}
