import type { Lang } from '../core/i18n/lang';
import type { FieldOutcome, FieldProblem, FillReport, FormRefusal } from '../core/return-form/schema';

// What the return-form filler did, field by field, in the seller's words, in the five languages:
// shown in the popup and in the page overlay. Kept apart from the popup's texts so the content
// script stays small. Every language has every field, problem and refusal (typed).

/** The words of a fill report in one language. */
interface FillReportTexts {
  /** The form's own field names (Seller Central's "Create customer return" form). */
  roles: Record<FieldOutcome['role'], string>;
  form: string;
  confirmedByPage: string;
  problems: Record<FieldProblem['code'], (requested: string, detail: string) => string>;
  refusals: Record<FormRefusal['code'], (detail: string) => string>;
}

const en: FillReportTexts = {
  roles: {
    quantity: 'Return',
    reason: 'Return Reason',
    comment: 'Comments',
    include: 'Return this item',
    other: 'Other field',
  },
  form: 'Form',
  confirmedByPage: 'confirmed by the page',
  problems: {
    'field-not-found': () => 'field not found on the page',
    'item-not-on-form': () => 'the item has no row on the form',
    'unknown-reason': (requested) => `the reason “${requested}” is not offered by the form`,
    'above-shipped': (requested, detail) => `${requested} asked, more than the ${detail} shipped: refused`,
    'option-not-offered': (requested, detail) =>
      `${requested} is not offered by the form (maximum: ${detail || '—'})`,
    'page-changed': (_, detail) => `the page changed since it was read (${detail || 'different field'})`,
    'value-rejected': (_, detail) => `the page refused the value (it keeps “${detail}”)`,
    'read-back-differs': (requested, detail) =>
      `read back from the page: “${detail}” instead of “${requested}”`,
    'one-for-all-rows': (requested) =>
      `the form has one field for every item, and different reasons were chosen (${requested}): choose one`,
    'unknown-row-field': () => 'MCF Desk does not know this field of the row: fill it yourself',
    'not-shown': () =>
      'the page does not show this field yet (a later step of the form): fill it once it shows',
    'text-too-long': (requested, detail) =>
      `the text has ${requested.length} characters, the field takes ${detail}: shorten it, then paste it`,
    'not-confirmed': () =>
      'the page did not confirm the value, and MCF Desk cannot read it back: check this field',
  },
  refusals: {
    'rows-ambiguous': (detail) =>
      `cannot tell which item each field belongs to${detail}: nothing was filled, fill the form yourself`,
    'items-ambiguous': (detail) =>
      `the form's rows do not tell the order's items apart${detail}: nothing was filled, fill the form yourself`,
    'fields-without-rows': (detail) =>
      `several fields${detail} with no item row: nothing was filled, fill the form yourself`,
  },
};

const fr: FillReportTexts = {
  roles: {
    quantity: 'Retour',
    reason: 'Motif du retour',
    comment: 'Commentaires',
    include: 'Retourner cet article',
    other: 'Autre champ',
  },
  form: 'Formulaire',
  confirmedByPage: 'confirmé par la page',
  problems: {
    'field-not-found': () => 'champ introuvable sur la page',
    'item-not-on-form': () => "l'article n'a pas de ligne dans le formulaire",
    'unknown-reason': (requested) => `le motif « ${requested} » n'est pas proposé par le formulaire`,
    'above-shipped': (requested, detail) =>
      `${requested} demandé(s), plus que les ${detail} expédié(s) : refusé`,
    'option-not-offered': (requested, detail) =>
      `${requested} n'est pas proposé par le formulaire (maximum : ${detail || '—'})`,
    'page-changed': (_, detail) => `la page a changé depuis sa lecture (${detail || 'champ différent'})`,
    'value-rejected': (_, detail) => `la page a refusé la valeur (elle garde « ${detail} »)`,
    'read-back-differs': (requested, detail) =>
      `relu dans la page : « ${detail} » au lieu de « ${requested} »`,
    'one-for-all-rows': (requested) =>
      `le formulaire n'a qu'un champ pour tous les articles, et des motifs différents ont été choisis (${requested}) : choisissez-en un`,
    'unknown-row-field': () => 'MCF Desk ne connaît pas ce champ de la ligne : remplissez-le vous-même',
    'not-shown': () =>
      "la page n'affiche pas encore ce champ (une étape suivante du formulaire) : remplissez-le quand il apparaît",
    'text-too-long': (requested, detail) =>
      `le texte compte ${requested.length} caractères, le champ en accepte ${detail} : raccourcissez-le, puis collez-le`,
    'not-confirmed': () =>
      "la page n'a pas confirmé la valeur, et MCF Desk ne peut pas la relire : vérifiez ce champ",
  },
  refusals: {
    'rows-ambiguous': (detail) =>
      `impossible de savoir à quel article appartient chaque champ${detail} : rien n'a été rempli, remplissez le formulaire vous-même`,
    'items-ambiguous': (detail) =>
      `les lignes du formulaire ne permettent pas de distinguer les articles de la commande${detail} : rien n'a été rempli, remplissez le formulaire vous-même`,
    'fields-without-rows': (detail) =>
      `plusieurs champs${detail} sans ligne d'article : rien n'a été rempli, remplissez le formulaire vous-même`,
  },
};

const de: FillReportTexts = {
  roles: {
    quantity: 'Rücksendung',
    reason: 'Rücksendegrund',
    comment: 'Kommentare',
    include: 'Diesen Artikel zurücksenden',
    other: 'Anderes Feld',
  },
  form: 'Formular',
  confirmedByPage: 'von der Seite bestätigt',
  problems: {
    'field-not-found': () => 'Feld auf der Seite nicht gefunden',
    'item-not-on-form': () => 'der Artikel hat keine Zeile im Formular',
    'unknown-reason': (requested) => `der Grund „${requested}“ wird vom Formular nicht angeboten`,
    'above-shipped': (requested, detail) =>
      `${requested} verlangt, mehr als die ${detail} versandten: abgelehnt`,
    'option-not-offered': (requested, detail) =>
      `${requested} wird vom Formular nicht angeboten (höchstens: ${detail || '—'})`,
    'page-changed': (_, detail) => `die Seite hat sich seit dem Lesen geändert (${detail || 'anderes Feld'})`,
    'value-rejected': (_, detail) => `die Seite hat den Wert abgelehnt (sie behält „${detail}“)`,
    'read-back-differs': (requested, detail) =>
      `auf der Seite zurückgelesen: „${detail}“ statt „${requested}“`,
    'one-for-all-rows': (requested) =>
      `das Formular hat ein Feld für alle Artikel, und es wurden verschiedene Gründe gewählt (${requested}): Wählen Sie einen`,
    'unknown-row-field': () => 'MCF Desk kennt dieses Feld der Zeile nicht: Füllen Sie es selbst aus',
    'not-shown': () =>
      'die Seite zeigt dieses Feld noch nicht (ein späterer Schritt des Formulars): Füllen Sie es aus, sobald es erscheint',
    'text-too-long': (requested, detail) =>
      `der Text hat ${requested.length} Zeichen, das Feld nimmt ${detail}: kürzen Sie ihn und fügen Sie ihn dann ein`,
    'not-confirmed': () =>
      'die Seite hat den Wert nicht bestätigt, und MCF Desk kann ihn nicht zurücklesen: Prüfen Sie dieses Feld',
  },
  refusals: {
    'rows-ambiguous': (detail) =>
      `nicht erkennbar, zu welchem Artikel jedes Feld gehört${detail}: Nichts wurde ausgefüllt, füllen Sie das Formular selbst aus`,
    'items-ambiguous': (detail) =>
      `die Zeilen des Formulars unterscheiden die Artikel der Bestellung nicht${detail}: Nichts wurde ausgefüllt, füllen Sie das Formular selbst aus`,
    'fields-without-rows': (detail) =>
      `mehrere Felder${detail} ohne Artikelzeile: Nichts wurde ausgefüllt, füllen Sie das Formular selbst aus`,
  },
};

const es: FillReportTexts = {
  roles: {
    quantity: 'Devolución',
    reason: 'Motivo de la devolución',
    comment: 'Comentarios',
    include: 'Devolver este artículo',
    other: 'Otro campo',
  },
  form: 'Formulario',
  confirmedByPage: 'confirmado por la página',
  problems: {
    'field-not-found': () => 'campo no encontrado en la página',
    'item-not-on-form': () => 'el artículo no tiene fila en el formulario',
    'unknown-reason': (requested) => `el formulario no ofrece el motivo «${requested}»`,
    'above-shipped': (requested, detail) =>
      `${requested} solicitado(s), más que los ${detail} enviado(s): rechazado`,
    'option-not-offered': (requested, detail) =>
      `el formulario no ofrece ${requested} (máximo: ${detail || '—'})`,
    'page-changed': (_, detail) => `la página ha cambiado desde su lectura (${detail || 'campo distinto'})`,
    'value-rejected': (_, detail) => `la página ha rechazado el valor (mantiene «${detail}»)`,
    'read-back-differs': (requested, detail) =>
      `releído en la página: «${detail}» en lugar de «${requested}»`,
    'one-for-all-rows': (requested) =>
      `el formulario tiene un solo campo para todos los artículos y se eligieron motivos distintos (${requested}): elija uno`,
    'unknown-row-field': () => 'MCF Desk no conoce este campo de la fila: rellénelo usted mismo',
    'not-shown': () =>
      'la página aún no muestra este campo (un paso posterior del formulario): rellénelo cuando aparezca',
    'text-too-long': (requested, detail) =>
      `el texto tiene ${requested.length} caracteres y el campo admite ${detail}: acórtelo y péguelo`,
    'not-confirmed': () =>
      'la página no ha confirmado el valor y MCF Desk no puede releerlo: compruebe este campo',
  },
  refusals: {
    'rows-ambiguous': (detail) =>
      `no se puede saber a qué artículo pertenece cada campo${detail}: no se ha rellenado nada, rellene el formulario usted mismo`,
    'items-ambiguous': (detail) =>
      `las filas del formulario no permiten distinguir los artículos del pedido${detail}: no se ha rellenado nada, rellene el formulario usted mismo`,
    'fields-without-rows': (detail) =>
      `varios campos${detail} sin fila de artículo: no se ha rellenado nada, rellene el formulario usted mismo`,
  },
};

const it: FillReportTexts = {
  roles: {
    quantity: 'Reso',
    reason: 'Motivo del reso',
    comment: 'Commenti',
    include: 'Restituisci questo articolo',
    other: 'Altro campo',
  },
  form: 'Modulo',
  confirmedByPage: 'confermato dalla pagina',
  problems: {
    'field-not-found': () => 'campo non trovato nella pagina',
    'item-not-on-form': () => 'l’articolo non ha una riga nel modulo',
    'unknown-reason': (requested) => `il motivo «${requested}» non è proposto dal modulo`,
    'above-shipped': (requested, detail) =>
      `${requested} richiesto/i, più dei ${detail} spedito/i: rifiutato`,
    'option-not-offered': (requested, detail) =>
      `${requested} non è proposto dal modulo (massimo: ${detail || '—'})`,
    'page-changed': (_, detail) => `la pagina è cambiata dopo la lettura (${detail || 'campo diverso'})`,
    'value-rejected': (_, detail) => `la pagina ha rifiutato il valore (mantiene «${detail}»)`,
    'read-back-differs': (requested, detail) => `riletto nella pagina: «${detail}» invece di «${requested}»`,
    'one-for-all-rows': (requested) =>
      `il modulo ha un solo campo per tutti gli articoli e sono stati scelti motivi diversi (${requested}): scegline uno`,
    'unknown-row-field': () => 'MCF Desk non conosce questo campo della riga: compilalo tu',
    'not-shown': () =>
      'la pagina non mostra ancora questo campo (un passaggio successivo del modulo): compilalo quando compare',
    'text-too-long': (requested, detail) =>
      `il testo ha ${requested.length} caratteri, il campo ne accetta ${detail}: accorcialo e poi incollalo`,
    'not-confirmed': () =>
      'la pagina non ha confermato il valore e MCF Desk non può rileggerlo: controlla questo campo',
  },
  refusals: {
    'rows-ambiguous': (detail) =>
      `impossibile capire a quale articolo appartiene ogni campo${detail}: non è stato compilato nulla, compila il modulo tu`,
    'items-ambiguous': (detail) =>
      `le righe del modulo non permettono di distinguere gli articoli dell’ordine${detail}: non è stato compilato nulla, compila il modulo tu`,
    'fields-without-rows': (detail) =>
      `più campi${detail} senza riga d’articolo: non è stato compilato nulla, compila il modulo tu`,
  },
};

export const FILL_REPORT_TEXTS: Readonly<Record<Lang, FillReportTexts>> = { fr, en, de, es, it };

/** The form's own field names, per language. */
export const ROLE_NAMES: Readonly<Record<Lang, FillReportTexts['roles']>> = {
  fr: fr.roles,
  en: en.roles,
  de: de.roles,
  es: es.roles,
  it: it.roles,
};

/** Why a field was not filled, in words. */
export function problemText(problem: FieldProblem, lang: Lang): string {
  return FILL_REPORT_TEXTS[lang].problems[problem.code](problem.requested ?? '', problem.detail ?? '');
}

/** Why a whole form was refused (nothing filled), in words. */
export function refusalText(refusal: FormRefusal, lang: Lang): string {
  return FILL_REPORT_TEXTS[lang].refusals[refusal.code](refusal.detail ? ` (${refusal.detail})` : '');
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
        field: FILL_REPORT_TEXTS[lang].form,
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
    else if (outcome.status === 'confirmed-by-page') line.reason = FILL_REPORT_TEXTS[lang].confirmedByPage;
    return line;
  });
}
