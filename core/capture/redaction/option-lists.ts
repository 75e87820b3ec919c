import { collapse } from '../../page/text';
import type { PersonalKind } from '../personal-labels';
import { textNodesIn } from '../walk';
import { isPageThing } from './common-words';
import { type LabeledPass, noteSender } from './labeled-pass';
import { looksLikeName } from './message-blocks';
import { KIND_COUNTER, PLACEHOLDER_OF, PLACEHOLDERS } from './placeholders';
import { isFirm } from './value-regions';

// A `<select>` whose options are people: a buyer filter under "Käufer" ("Ernst Kummer (Zürich,
// CH)"), saved addresses ("Siobhán Kelleher – 3 Harbour View, Cobh…"). Its options never show
// until it is opened, but they are in the file. Under a person's label each option offered is a
// value of that label; a select without one is a list of people once one of its options names a
// person removed from the page, and its other options written the same way ("<name> – …") are
// people too. A prompt ("Alle Käufer", "Choose…") offers nothing: its value is empty.

const offered = (select: Element): Element[] =>
  Array.from(select.querySelectorAll('option')).filter((option) => option.getAttribute('value') !== '');

/** Whom an option names: "Ernst Kummer (Zürich, CH)", "Grace Moran – Apartment 14, …" → the name. */
const headOf = (text: string): string => collapse(text).split(/\s[–—-]\s|\s?\(/)[0] ?? '';

/**
 * The option's text replaced by `placeholder`, the value attribute (a key, never shown) kept;
 * false when a region took it already.
 */
function replaceOption(pass: LabeledPass, option: Element, placeholder: string): boolean {
  const texts = textNodesIn(option).filter((text) => text.data.trim() !== '');
  if (texts.length === 0 || texts.some((text) => pass.claimed.has(text) || pass.writes.texts.has(text)))
    return false;
  texts.forEach((text, i) => {
    pass.claimed.add(text);
    pass.writes.texts.set(text, i === 0 ? placeholder : '');
  });
  return true;
}

/** A select under a person's label ("Käufer", "Buyer"): each option it offers is one. */
export function replaceOptions(pass: LabeledPass, kind: PersonalKind, select: Element): void {
  for (const option of offered(select)) {
    const head = headOf(option.textContent ?? '');
    if (head === '' || !replaceOption(pass, option, PLACEHOLDER_OF[kind])) continue;
    if (kind === 'name') noteSender(pass, head);
    else pass.ledger.noteRegion(KIND_COUNTER[kind]);
  }
}

/** The selects of the page whose options name a removed person: every person among them goes. */
export function replaceOptionsBesideRemoved(pass: LabeledPass, selects: readonly Element[]): void {
  for (const select of selects) {
    const options = offered(select).map((option) => {
      const text = collapse(option.textContent ?? '');
      return { option, text, head: headOf(text) };
    });
    if (!options.some(({ head }) => pass.ledger.isRemovedName(head))) continue;
    for (const { option, text, head } of options) {
      const removed = pass.ledger.isRemovedName(head);
      if (!removed && (!looksLikeName(head) || isFirm(head) || isPageThing(head))) continue;
      // "<name> – <street>, <town>": the whole address goes with the name. Counted, not chased:
      // a head that is a branch's name ("Röstwerk Brandt Filiale Münster") holds words of the page.
      if (replaceOption(pass, option, text === head ? PLACEHOLDERS.name : PLACEHOLDER_OF.address))
        pass.ledger.note('names', head);
    }
  }
}
