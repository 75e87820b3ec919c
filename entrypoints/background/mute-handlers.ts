import type { BackgroundMessages } from '../../core/messages/background';
import type { Handlers } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import type { HandlerDeps } from './handlers';
import { requireOrder } from './order-reads';
import { reassessOrder, WRITE_TABLES } from './store';

// A finding the seller snoozes, dismisses or brings back: the mute and the order's re-assessment
// commit together.

type MuteMessages = 'finding.snooze' | 'finding.dismiss' | 'finding.unmute';

export function createMuteHandlers({
  db,
  now,
  background,
}: HandlerDeps): Pick<Handlers<BackgroundMessages, SenderInfo>, MuteMessages> {
  return {
    'finding.snooze': async ({ key, kind, until }) => {
      await setMute(key, kind, new Date(until).toISOString());
      return { ok: true as const };
    },
    'finding.dismiss': async ({ key, kind }) => {
      await setMute(key, kind, null);
      return { ok: true as const };
    },
    'finding.unmute': async ({ key, kind }) => {
      await db.transaction('rw', WRITE_TABLES, async () => {
        await requireOrder(db, key);
        await db.mutes.delete([key, kind]);
        return reassessOrder(db, key, now());
      });
      await background.afterWrite();
      return { ok: true as const };
    },
  };

  async function setMute(
    key: string,
    kind: Parameters<typeof db.mutes.put>[0]['kind'],
    until: string | null,
  ) {
    const at = now().toISOString();
    await db.transaction('rw', WRITE_TABLES, async () => {
      await requireOrder(db, key);
      await db.mutes.put({ key, kind, until, at });
      return reassessOrder(db, key, now());
    });
    await background.afterWrite();
  }
}
