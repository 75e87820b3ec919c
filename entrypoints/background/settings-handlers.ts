import type { BackgroundMessages } from '../../core/messages/background';
import type { Handlers } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import { AppSettingsSchema, changesAssessment } from '../../core/model/app-settings';
import { loadSettings } from './db';
import { type HandlerDeps, requireExtensionPage } from './handlers';
import { resumeReassessAll, startReassessAll } from './store';

// The seller's settings: read by every page, changed by our own pages only; a change of the
// policy's figures re-assesses every order in the background.

export function createSettingsHandlers(
  deps: HandlerDeps,
): Pick<Handlers<BackgroundMessages, SenderInfo>, 'settings.get' | 'settings.update'> {
  const { db, now, background } = deps;
  return {
    'settings.get': async () => loadSettings(db),

    'settings.update': async (patch, sender) => {
      requireExtensionPage(deps, sender, 'settings.update');
      // The settings and the request to re-assess every order commit together: a worker stopped
      // during the (batched) re-assessment resumes it on its next tick.
      const { next, policyChanged } = await db.transaction('rw', ['settings', 'meta'], async () => {
        const before = await loadSettings(db);
        const next = AppSettingsSchema.parse({ ...before, ...patch });
        await db.settings.put({ id: 'app', value: next });
        const policyChanged = changesAssessment(before, next);
        if (policyChanged) await startReassessAll(db);
        return { next, policyChanged };
      });
      if (policyChanged) {
        await resumeReassessAll(db, now());
        await background.afterWrite();
      } else await background.refreshBadge();
      return next;
    },
  };
}
