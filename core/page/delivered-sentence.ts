import { normalizeLabel } from './text';
import { HANDED_TO_CARRIER, NOT_YET_OR_ELSEWHERE } from './vocabulary';

// A carrier's event written as a sentence rather than opened by a status word: "Die Sendung
// wurde erfolgreich zugestellt", "Su envío ha sido entregado", "Il pacco è stato consegnato al
// destinatario", "Your item was delivered in or at the mailbox", "Votre colis a été distribué".
// Carriers print their events in their own language whatever the interface's, so every
// language's forms are tried. Only an event that happened: a verb in a past form after its
// auxiliary, no negation, no attempt, no promise, not a hand-over to another carrier or a
// counter where the parcel waits.

/** The past participle of "delivered" in the five languages (normalized: lower case, no accents). */
const DELIVERED =
  /\b(?:delivered|zugestellt|ausgeliefert|livre(?:e|s|es)?|distribue(?:e)?|entregad[oa]s?|consegnat[oa]|recapitat[oa])\b/;
/** Collected by the recipient at a counter: delivered, wherever the counter is. */
const COLLECTED = /\b(?:abgeholt|collected|picked up|retire(?:e)?|recogid[oa]|ritirat[oa])\b/;
const BY_RECIPIENT =
  /\b(?:empfanger\w*|recipient|addressee|customer|destinataire|client|destinatari[oa]|cliente)\b/;
/** The auxiliary before a past participle ("wurde", "has been", "a été", "ha sido", "è stato"). */
const AUXILIARY =
  /\b(?:wurde|wurden|ist|sind|was|were|has been|have been|is|a ete|est|ont ete|sont|ha sido|han sido|fue|fueron|esta|e stat[oa]|e|sono stat[ie]|sono)\b/;
/** It did not happen, or not yet: a negation, an attempt, a future, an estimate. */
const NOT_DONE =
  /\b(?:not|no|non|nicht|kein\w*|konnte|could|pas|failed|fehlgeschlagen|echec|fallid[oa]|mancat[oa]|attempt\w*|versuch\w*|tentativ[oa]|tentative|intento|will|wird|werden|sera|seront|sara|saranno|voraussichtlich|expected|estimated|prevue?|prevu|previst[oa]|geplant|soon|bientot|pronto|presto|bald)\b/;

/** Whether the sentence says, as a carrier's event, that the parcel was delivered. */
export function saysDelivered(sentence: string): boolean {
  const text = normalizeLabel(sentence);
  if (text.length > 200 || NOT_DONE.test(text) || HANDED_TO_CARRIER.test(text)) return false;
  const verb = DELIVERED.exec(text) ?? COLLECTED.exec(text);
  if (!verb || !AUXILIARY.test(text.slice(0, verb.index))) return false;
  if (COLLECTED.test(verb[0])) return BY_RECIPIENT.test(text);
  return !NOT_YET_OR_ELSEWHERE.test(text);
}
