import { collapse } from '../../page/text';
import { personalKindOfLabel } from '../personal-labels';
import { isPageThing } from './common-words';
import type { Slot } from './value-regions';

// A cell or a block under a buyer's label may hold the page's own words beside the name, or
// instead of it: a button's caption ("Envoyer un message"), a kind of buyer ("Acheteur
// particulier"), the label of a note ("Note interne :"). Those are no name: replacing them would
// lose them, and chasing their words as a name's ("Acheteur", "Envoyer") would take the column's
// own header and every button of the page.

const CONTROLS = 'button,[role="button"],kat-button,select,option';

/** Whether a text of a name's region is the page's, not the person's. */
function isPageOwnText(slot: Slot): boolean {
  if (slot.node.parentElement?.closest(CONTROLS)) return true;
  const shown = collapse(slot.value);
  return /^[^:：]{1,40}[:：]$/.test(shown) || isPageThing(shown) || isKindOfBuyer(shown);
}

/**
 * "Acheteur particulier", "Contatta l'acquirente", "Message the buyer", "Käufer kontaktieren": a
 * text naming the buyer by one of our labels, every word after the first in lower case; a name
 * is written capitalized.
 */
function isKindOfBuyer(shown: string): boolean {
  const words = shown.split(' ');
  if (words.length < 2 || words.length > 6 || !words.slice(1).every((word) => /^\p{Ll}/u.test(word)))
    return false;
  return words.some((word) => personalKindOfLabel(word.replace(/^[ld]['’]/i, '')) === 'name');
}

/** The slots of a name's region that may be the name. */
export const nameSlots = (slots: readonly Slot[]): Slot[] => slots.filter((slot) => !isPageOwnText(slot));
