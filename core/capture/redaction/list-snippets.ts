import { FILLER_WORDS, MONTH_NAMES, WEEKDAY_NAMES } from '../../dates/month-names';
import { collapse, normalizeLabel } from '../../page/text';
import { textNodesIn } from '../walk';
import { type LabeledPass, replaceUnclaimed } from './labeled-pass';
import { AMAZON_ORDER_ID } from './patterns';

// An inbox's list names a buyer per item and quotes the first words of their last message ("¿Me
// lo podéis dejar en el bar de abajo, Bar Casa Patxi?"): the customer's text, which may say where
// they live, whoever reads it. Once the list is known a list of people, an item keeps its name,
// its subject (the first line after the name, or the one holding the order id: "Consulta sobre
// la entrega · 403-…") and its time ("Ayer", "4 dic", "2 déc."); every other line is the
// customer's ("Nouvelle adresse : Résidence …", "Chez Gérard Lambert": review CR2), short or not.

const fold = (word: string) => normalizeLabel(word).replace(/[^\p{L}]/gu, '');
/** The day words an inbox prints for a recent message, in the five languages. */
const RELATIVE_DAYS = ['hier', 'aujourdhui', 'avanthier', 'today', 'yesterday', 'heute', 'gestern']
  .concat(['vorgestern', 'hoy', 'ayer', 'anteayer', 'oggi', 'ieri', 'laltroieri', 'laltro'])
  .concat(['à', 'at', 'um', 'a', 'las', 'alle', 'ore', 'uhr']);
const DATE_WORDS = new Set(
  [...Object.values(MONTH_NAMES), ...Object.values(WEEKDAY_NAMES)]
    .flatMap((names) => names.flat())
    .concat(FILLER_WORDS, RELATIVE_DAYS)
    .map(fold),
);

/**
 * "Hier", "2 déc.", "Hoy, 08:12", "28/11/2024", "Mon 2 Dec", "Aujourd’hui": a time, nothing else.
 * An apostrophe or a hyphen is inside a day's word ("aujourd’hui", "avant-hier", "l’altro ieri").
 */
function isTime(line: string): boolean {
  if (line.length > 40) return false;
  const words = line
    .replace(/\d{1,4}(?:[:h./-]\d{1,4})*/g, ' ')
    .split(/[\s,.·|–]+/)
    .map(fold)
    .filter((word) => word !== '');
  return words.every((word) => DATE_WORDS.has(word));
}

const holdsOrderId = (line: string): boolean => new RegExp(AMAZON_ORDER_ID.source).test(line);
/** A subject: a few words naming the matter, no sentence and no "Label :" of the customer's. */
const isSubjectShape = (line: string): boolean =>
  line.split(' ').length <= 8 && !/[.!?…:：]$/.test(line) && !/[:：]\s/.test(line);

/** The customer's words quoted by an item of a list of people, past its first line (the name). */
export function replaceSnippets(pass: LabeledPass, item: Element, nameLine: string): void {
  const texts = textNodesIn(item).filter((text) => collapse(text.data) !== '');
  const lines = texts.map((text) => collapse(text.data));
  const after = lines.indexOf(nameLine) + 1;
  const rest = lines.slice(after).filter((line) => !isTime(line));
  const subject = rest.find(holdsOrderId) ?? (rest[0] && isSubjectShape(rest[0]) ? rest[0] : undefined);
  texts.forEach((text, index) => {
    const line = lines[index]!;
    if (index < after || line === subject || holdsOrderId(line) || isTime(line)) return;
    if (/\p{L}/u.test(line)) replaceUnclaimed(pass, 'message', [text]);
  });
}
