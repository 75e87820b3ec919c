import type { Slot } from './value-regions';

// A customer's message shown cut short ends with the page's own control to open it whole ("Voir
// plus", "Read more", "Mehr anzeigen"): a button, or a link that goes nowhere but runs the page's
// script. It is no part of the message: replacing it would lose the page's words.

const PAGE_CONTROLS = 'button,[role="button"],kat-button,a[href="#"],a[href^="javascript:" i]';

/** The slots of a message's region that are the message. */
export const messageSlots = (slots: readonly Slot[]): Slot[] =>
  slots.filter((slot) => !slot.node.parentElement?.closest(PAGE_CONTROLS));
