import type { BackgroundMessages } from '../../core/messages/background';
import { type Handlers, MessageError } from '../../core/messages/protocol';
import type { SenderInfo } from '../../core/messages/sender';
import { type LearnedRule, ruleIdentity } from '../../core/teach/learned-rule';
import type { McfDeskDb } from './db';

// The rules the seller taught (teach mode). A content script reads and adds the rules of its own
// page's host only (the host the browser reports, never one the message names); listing,
// deleting and importing are for extension pages.

type LearnedMessages = Pick<
  BackgroundMessages,
  'learned.forPage' | 'learned.add' | 'learned.list' | 'learned.delete' | 'learned.import'
>;

interface Deps {
  db: McfDeskDb;
  isExtensionPage: (sender: SenderInfo) => boolean;
}

/** Learned rules kept per host: `learned.add` refuses a new one past this (it never drops an old one). */
export const MAX_RULES_PER_HOST = 50;

function hostOf(sender: SenderInfo): string | undefined {
  try {
    return sender.url ? new URL(sender.url).hostname : undefined;
  } catch {
    return undefined;
  }
}

const newestFirst = (rules: LearnedRule[]) => rules.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

async function rulesOf(db: McfDeskDb, host?: string): Promise<LearnedRule[]> {
  const rows =
    host === undefined
      ? await db.learnedRules.toArray()
      : await db.learnedRules.where('host').equals(host).toArray();
  return newestFirst(rows.map((row) => row.rule));
}

export function createLearnedHandlers({ db, isExtensionPage }: Deps): Handlers<LearnedMessages, SenderInfo> {
  const extensionOnly = (sender: SenderInfo, type: string) => {
    if (!isExtensionPage(sender)) throw new MessageError('forbidden', `${type}: extension pages only`);
  };
  return {
    'learned.forPage': async (_payload, sender) => {
      const host = hostOf(sender);
      if (isExtensionPage(sender) || !host) return [];
      return rulesOf(db, host);
    },
    'learned.add': async ({ rule }, sender) => {
      if (!isExtensionPage(sender) && hostOf(sender) !== rule.host)
        throw new MessageError('forbidden', "learned.add: a page teaches its own host's rules only");
      const id = ruleIdentity(rule);
      await db.transaction('rw', db.learnedRules, async () => {
        // A page teaching in a loop must not fill the store: past the cap, a new place is refused
        // (the seller deletes rules in the dashboard's settings); teaching a known place again is not new.
        if (
          (await db.learnedRules.get(id)) === undefined &&
          (await db.learnedRules.where('host').equals(rule.host).count()) >= MAX_RULES_PER_HOST
        )
          throw new MessageError(
            'bad-request',
            `learned.add: ${rule.host} already has ${MAX_RULES_PER_HOST} learned rules; delete some in the settings first`,
          );
        await db.learnedRules.put({ id, host: rule.host, rule });
      });
      return rulesOf(db, rule.host);
    },
    'learned.list': async (_payload, sender) => {
      extensionOnly(sender, 'learned.list');
      return rulesOf(db);
    },
    'learned.delete': async (which, sender) => {
      extensionOnly(sender, 'learned.delete');
      await db.learnedRules.delete(ruleIdentity(which));
      return rulesOf(db);
    },
    'learned.import': async ({ rules }, sender) => {
      extensionOnly(sender, 'learned.import');
      return db.transaction('rw', db.learnedRules, async () => {
        const ids = rules.map(ruleIdentity);
        const known = new Set((await db.learnedRules.bulkGet(ids)).filter(Boolean).map((row) => row?.id));
        await db.learnedRules.bulkPut(
          rules.map((rule, i) => ({ id: ids[i] as string, host: rule.host, rule })),
        );
        const replaced = new Set(ids.filter((id) => known.has(id))).size;
        return { added: new Set(ids).size - replaced, replaced };
      });
    },
  };
}
