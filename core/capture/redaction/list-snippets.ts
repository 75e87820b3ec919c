import { collapse } from '../../page/text';
import { textNodesIn } from '../walk';
import { type LabeledPass, replaceUnclaimed } from './labeled-pass';
import { AMAZON_ORDER_ID } from './patterns';

// An inbox's list names a buyer per item and quotes the first words of their last message ("¿Me
// lo podéis dejar en el bar de abajo, Bar Casa Patxi?"): the customer's text, which may say where
// they live, whoever reads it. Once the list is known a list of people, such a line of an item
// goes as a message; its subject and order id ("Consulta sobre la entrega · 403-…"), its time
// ("Ayer", "4 dic") and a "Label: value" field stay.

/** A sentence, not a subject or a time: four words at least, or a sentence's end. */
const isSnippet = (line: string): boolean =>
  !new RegExp(AMAZON_ORDER_ID.source).test(line) &&
  !/^[^:：]{1,30}[:：]\s*\S/.test(line) &&
  (line.split(' ').length >= 4 || /[.!?…]$/.test(line)) &&
  /\p{L}{3}/u.test(line);

/** The customer's words quoted by an item of a list of people, past its first line (the name). */
export function replaceSnippets(pass: LabeledPass, item: Element, nameLine: string): void {
  const snippets = textNodesIn(item).filter((text) => {
    const line = collapse(text.data);
    return line !== nameLine && isSnippet(line);
  });
  for (const snippet of snippets) replaceUnclaimed(pass, 'message', [snippet]);
}
