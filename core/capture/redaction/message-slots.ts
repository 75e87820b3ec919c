import type { Slot } from './value-regions';

// A customer's message shown cut short ends with the page's own control to open it whole ("Voir
// plus", "Read more", "Mehr anzeigen"): a button, a link that goes nowhere but runs the page's
// script, or the caption of a disclosure (`<summary>Afficher la transcription</summary>`). It is
// no part of the message: replacing it would lose the page's words. A link that runs a script
// around a whole item (an inbox's thread: name, subject, the message's first words) is no such
// control: what it holds is the message's. An attachment's caption in the message (a `<figure>`
// with its photo: the file's name and size, where it was taken) is the page's account of a file,
// not the customer's words: the shapes and the names removed elsewhere are looked for in it.

const PAGE_CONTROLS = 'button,[role="button"],kat-button,a[href="#"],a[href^="javascript:" i],summary';
/** Longer than any control's own words ("Afficher la suite du message"). */
const CONTROL_TEXT_MAX = 40;

const isControlText = (node: Node): boolean => {
  const control = node.parentElement?.closest(PAGE_CONTROLS);
  return !!control && (control.textContent ?? '').replace(/\s+/g, ' ').trim().length <= CONTROL_TEXT_MAX;
};

/** A caption of a figure showing a file (a photo, a video, a voice note), not a quote's. */
const isAttachment = (node: Node): boolean => {
  const figure = node.parentElement?.closest('figcaption')?.closest('figure');
  return !!figure?.querySelector('img,picture,video,audio,object');
};

/** The slots of a message's region that are the message. */
export const messageSlots = (slots: readonly Slot[]): Slot[] =>
  slots.filter((slot) => !isControlText(slot.node) && !isAttachment(slot.node));
