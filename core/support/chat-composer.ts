import { parentCrossingShadow } from '../forms/hidden';

// A chat assistant's message box is no case form, even when its label is a case form's own
// wording ("Describe tu problema"): the Help Hub asks what the issue is in a conversation before it
// shows a case form, and the case text written there would go to the bot once the seller presses
// the page's "Send message", and no case would be opened. A conversation is told by its log
// (`role="log"`, ARIA's role for a chat transcript), whatever the language.

/**
 * Whether `box` is a chat's composer: the nearest part of the page it shares with a conversation
 * log holds no other box of several lines and no subject box (a case form beside a chat widget
 * shares the page with its log, but also with the chat's own box or its own subject).
 */
export function isChatComposer(
  box: Element,
  otherBoxes: readonly { element: Element; multiLine: boolean; subject: boolean }[],
): boolean {
  for (let node = parentCrossingShadow(box); node; node = parentCrossingShadow(node)) {
    if (!node.querySelector('[role="log"]')) continue;
    return !otherBoxes.some(
      (other) => other.element !== box && node.contains(other.element) && (other.multiLine || other.subject),
    );
  }
  return false;
}
