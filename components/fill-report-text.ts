import type { FieldOutcome, FieldProblem, FillReport, FormRefusal } from '../core/return-form/schema';

// What the return-form filler did, field by field, in the seller's words: shown in the popup and
// in the page overlay. Kept apart from the popup's texts so the content script stays small.

type Lang = 'fr' | 'en';

/** The form's own field names (Seller Central's "Créer un retour client" form). */
export const ROLE_NAMES = {
  fr: { quantity: 'Retour', reason: 'Motif du retour', comment: 'Commentaires', other: 'Autre champ' },
  en: { quantity: 'Return', reason: 'Return Reason', comment: 'Comments', other: 'Other field' },
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
    case 'read-back-differs':
      return fr
        ? `relu dans la page : « ${detail} » au lieu de « ${requested} »`
        : `read back from the page: “${detail}” instead of “${requested}”`;
    case 'one-for-all-rows':
      return fr
        ? `le formulaire n'a qu'un champ pour tous les articles, et des motifs différents ont été choisis (${requested}) : choisissez-en un`
        : `the form has one field for every item, and different reasons were chosen (${requested}): choose one`;
    case 'unknown-row-field':
      return fr
        ? 'MCF Desk ne connaît pas ce champ de la ligne : remplissez-le vous-même'
        : 'MCF Desk does not know this field of the row: fill it yourself';
    case 'not-confirmed':
      return fr
        ? "la page n'a pas confirmé la valeur, et MCF Desk ne peut pas la relire : vérifiez ce champ"
        : 'the page did not confirm the value, and MCF Desk cannot read it back: check this field';
  }
}

/** Why a whole form was refused (nothing filled), in words. */
export function refusalText(refusal: FormRefusal, lang: Lang): string {
  const fr = lang === 'fr';
  const detail = refusal.detail ? ` (${refusal.detail})` : '';
  switch (refusal.code) {
    case 'rows-ambiguous':
      return fr
        ? `impossible de savoir à quel article appartient chaque champ${detail} : rien n'a été rempli, remplissez le formulaire vous-même`
        : `cannot tell which item each field belongs to${detail}: nothing was filled, fill the form yourself`;
    case 'items-ambiguous':
      return fr
        ? `les lignes du formulaire ne permettent pas de distinguer les articles de la commande${detail} : rien n'a été rempli, remplissez le formulaire vous-même`
        : `the form's rows do not tell the order's items apart${detail}: nothing was filled, fill the form yourself`;
    case 'fields-without-rows':
      return fr
        ? `plusieurs champs${detail} sans ligne d'article : rien n'a été rempli, remplissez le formulaire vous-même`
        : `several fields${detail} with no item row: nothing was filled, fill the form yourself`;
  }
}

/** One line per field of a fill report: also the shape the page overlay shows. */
export interface ReportLine {
  field: string;
  /** Filled: read back by MCF Desk (✓), or confirmed by the page (a value MCF Desk cannot read). */
  ok: boolean;
  state: FieldOutcome['status'];
  reason?: string;
}

function fieldName(outcome: FieldOutcome, lang: Lang): string {
  const own = outcome.role === 'other' ? outcome.problem?.requested : undefined;
  const name = own || ROLE_NAMES[lang][outcome.role];
  return outcome.sku ? `${name} (${outcome.sku})` : name;
}

export function reportLines(report: FillReport, lang: Lang): ReportLine[] {
  if (report.refusal)
    return [
      {
        field: lang === 'fr' ? 'Formulaire' : 'Form',
        ok: false,
        state: 'not-filled',
        reason: refusalText(report.refusal, lang),
      },
    ];
  return report.outcomes.map((outcome) => {
    const line: ReportLine = {
      field: fieldName(outcome, lang),
      ok: outcome.status !== 'not-filled',
      state: outcome.status,
    };
    if (outcome.problem) line.reason = problemText(outcome.problem, lang);
    else if (outcome.status === 'confirmed-by-page')
      line.reason = lang === 'fr' ? 'confirmé par la page' : 'confirmed by the page';
    return line;
  });
}
