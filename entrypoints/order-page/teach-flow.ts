import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundMessages, StoredOrderView } from '../../core/messages/background';
import type { createClient } from '../../core/messages/protocol';
import { type UserField, userFieldPath } from '../../core/user-fields';
import type { OverlaySession } from './overlay-session';
import { startTeach, type TeachSession } from './teach';

type Send = ReturnType<typeof createClient<BackgroundMessages>>;

/**
 * Teach mode on one page: the seller shows a field's value, which is stored as this order's, and
 * the rule that found it is offered to the background for the next pages. One teach at a time;
 * a teach confirmed after an in-app navigation never touches the next order's overlay.
 */
export function createTeachFlow(ctx: ContentScriptContext, overlay: OverlaySession, send: Send) {
  let teaching: TeachSession | undefined;
  /** Counts in-app navigations. */
  let page = 0;

  /** The seller's value for a field of this order, stored; the stored order comes back. */
  const saveField = (view: StoredOrderView, field: UserField, value: string): Promise<StoredOrderView> =>
    send('order.setUserFields', { key: view.key, fields: [{ path: userFieldPath(field), value }] });

  return {
    saveField,

    /** Starts picking; `onTaught` gets the stored order once the value is saved on this page. */
    begin(
      view: StoredOrderView,
      field: UserField,
      override: boolean,
      onTaught: (next: StoredOrderView) => Promise<void>,
    ): void {
      teaching?.cancel();
      overlay.setTaught(undefined);
      const startedOn = page;
      teaching = startTeach(
        ctx,
        { field, override },
        {
          host: location.hostname,
          now: () => new Date(),
          onChange: (panel) => overlay.showTeach(panel ?? undefined),
          save: async (value, rule) => {
            // The value first: it is this order's, whatever becomes of the rule.
            const next = await saveField(view, field, value);
            // The value is stored: a rule the background refuses (say, a path too deep for the
            // schema) leaves this order taught and the next pages as they were.
            const learned = rule
              ? await send('learned.add', { rule }).then(
                  () => true,
                  () => false,
                )
              : false;
            if (startedOn !== page) return;
            overlay.setTaught(learned ? 'learned' : 'value-only');
            await onTaught(next);
          },
        },
      );
    },

    /** The page moved to another address: any teach in progress ends there. */
    leavePage(): void {
      page++;
      teaching?.cancel();
      teaching = undefined;
    },
  };
}
