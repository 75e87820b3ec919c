import { visibleText } from '../return-form/read-form';
import { normalizeCaseLabel } from './labels';

// A help article's page-feedback survey ("Was this page helpful? Yes / No — Tell us more") sits on
// the Help Hub beside, often before, the case form. Its box asks for text too, in words a
// description box could use ("Tell us more", "Describe the problem"), but what is typed there goes
// to the article's authors, never into a case. Told apart by the question it asks.

/** The question of a feedback survey, normalised (normalizeCaseLabel: no accents, no "?"). */
const HELPFUL_QUESTION = new RegExp(
  [
    // en
    '\\b(?:was|is|did) (?:this|the) (?:page|article|answer|information|content|help page )?\\s*(?:helpful|useful|help you)\\b',
    '\\bwas this helpful\\b',
    // fr
    '\\b(?:cette|cet) (?:page|article|reponse|information|aide)s? (?:vous )?a-t-(?:elle|il) ete (?:utile|util)\\b',
    '\\bvous a-t-(?:elle|il) ete utile\\b',
    '\\bavez-vous trouve (?:cette|cet) \\w+ utile\\b',
    // de
    '\\bwar(?:en)? (?:diese|dieser|dieses) (?:seite|artikel|antwort|information|informationen|inhalt) hilfreich\\b',
    '\\bwar das hilfreich\\b',
    // es
    '\\b(?:te|le) (?:ha )?(?:resultado|sido|fue|parecio) util\\b',
    '\\b(?:fue|ha sido|es) util (?:esta|este) \\w+\\b',
    // it
    '\\b(?:questa|questo) (?:pagina|articolo|risposta|informazione) (?:ti |le )?e (?:stata|stato) utile\\b',
    '\\bti e (?:stata|stato) utile\\b',
  ].join('|'),
  'u',
);

/** Boxes that gather a region of their own: where a survey ends and the page goes on. */
const REGIONS = 'form, section, aside, fieldset, [role="region"], [role="complementary"], [role="dialog"]';

/**
 * Whether `region` is a feedback survey: it asks whether the page helped, and holds none of
 * `others` (the case form's other boxes: a subject, an order id, another description). A case form
 * asking "Was this helpful?" of an answer it suggests still holds its order-id box: it is the form.
 */
export function isFeedbackSurvey(region: Element, others: readonly Element[]): boolean {
  if (others.some((other) => region.contains(other))) return false;
  return HELPFUL_QUESTION.test(normalizeCaseLabel(visibleText(region, 600)));
}

/** Whether `box` belongs to a feedback survey: the nearest region around it is one. */
export function inFeedbackSurvey(box: Element, others: readonly Element[]): boolean {
  const region = box.closest(REGIONS);
  return (
    region !== null &&
    isFeedbackSurvey(
      region,
      others.filter((other) => other !== box),
    )
  );
}
