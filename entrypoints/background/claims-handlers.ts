import { type ClaimMessages, claimMessages } from '../../core/messages/claims';
import type { Handlers } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import { applyReimbursements, deleteClaim, recordClaim, updateClaim } from './claims-store';
import { type HandlerDeps, requireExtensionPage } from './handlers';

// The claims' messages (extension pages only, core/messages/sender-rules.ts). Each write and the
// re-assessment of its orders are one transaction (claims-store.ts); the badge follows after.

export function createClaimHandlers(deps: HandlerDeps): Handlers<ClaimMessages, SenderInfo> {
  const { db, now, background } = deps;
  return {
    'claims.record': async (input, sender) => {
      requireExtensionPage(deps, sender, 'claims.record');
      const { claim } = await recordClaim(db, input, now());
      await background.afterWrite();
      return claim;
    },
    'claims.update': async (input, sender) => {
      requireExtensionPage(deps, sender, 'claims.update');
      const { claim } = await updateClaim(db, input, now());
      await background.afterWrite();
      return claim;
    },
    'claims.delete': async ({ id }, sender) => {
      requireExtensionPage(deps, sender, 'claims.delete');
      await deleteClaim(db, id, now());
      await background.afterWrite();
      return { ok: true as const };
    },
    'reimbursements.import': async ({ rows }, sender) => {
      requireExtensionPage(deps, sender, 'reimbursements.import');
      const { notify: _shown, ...counts } = await applyReimbursements(db, rows, now());
      await background.afterWrite();
      return counts;
    },
  };
}

/** The claims' entry at the background's composition point (`handlerSets` in router.ts). */
export const claimHandlerSet = { table: claimMessages, create: createClaimHandlers };
