import { describe, expect, it } from 'vitest';
import { backgroundMessages } from '../../../core/messages/background';
import { createRouter, ENVELOPE_TAG, type WireReply } from '../../../core/messages/protocol';
import { isTrustedSender, type SenderInfo } from '../../../core/messages/sender';
import { type LearnedRule, ruleIdentity } from '../../../core/teach/learned-rule';
import { MAX_RULES_PER_HOST } from '../../../entrypoints/background/learned-handlers';
import { CONTENT_SCRIPT, EXTENSION, POPUP, setup } from './helpers';

// The learned-rules messages through the real router and handlers, over fake-indexeddb, with the
// senders a browser would pass: our dashboard, and content scripts on two Seller Central hosts.

const DASHBOARD: SenderInfo = { id: EXTENSION.id, url: `chrome-extension://${EXTENSION.id}/dashboard.html` };
/** `CONTENT_SCRIPT` is on sellercentral.amazon.fr; this one on the German host. */
const GERMAN_PAGE: SenderInfo = {
  id: EXTENSION.id,
  url: 'https://sellercentral.amazon.de/orders-v3/order/302-1234567-1234567',
  tab: { id: 9 },
};

function rule(fields: Partial<LearnedRule> = {}): LearnedRule {
  return {
    host: 'sellercentral.amazon.fr',
    field: 'estimatedArrivalDate',
    label: 'arrivee chez le client au plus tard',
    override: false,
    createdAt: '2026-03-01T09:00:00.000Z',
    example: '12 mars 2026',
    ...fields,
  };
}
const FR_RULE = rule();
const DE_RULE = rule({
  host: 'sellercentral.amazon.de',
  field: 'trackingNumber',
  label: undefined,
  path: '#sendung>1>0',
  createdAt: '2026-03-02T09:00:00.000Z',
  example: '00340434161234567890',
});

function harness() {
  const env = setup();
  const route = createRouter(backgroundMessages, env.handlers, {
    isAllowedSender: (sender: SenderInfo) => isTrustedSender(sender, EXTENSION),
  });
  const send = async (type: string, payload: unknown, sender: SenderInfo = DASHBOARD) =>
    (await route({ tag: ENVELOPE_TAG, type, payload }, sender)) as WireReply;
  const stored = async () => (await env.db.learnedRules.toArray()).map((row) => row.rule);
  return { ...env, send, stored };
}

const ok = (value: unknown) => ({ ok: true, value });
const forbidden = { ok: false, error: { code: 'forbidden' } };

describe('learned rules messages', () => {
  it('gives a content script the rules of its own page’s host only, and an extension page none', async () => {
    const { send } = harness();
    expect(await send('learned.import', { rules: [FR_RULE, DE_RULE] })).toEqual(
      ok({ added: 2, replaced: 0 }),
    );
    expect(await send('learned.forPage', {}, CONTENT_SCRIPT)).toEqual(ok([FR_RULE]));
    expect(await send('learned.forPage', {}, GERMAN_PAGE)).toEqual(ok([DE_RULE]));
    // A page's rules are for reading pages: our own pages read none.
    expect(await send('learned.forPage', {}, POPUP)).toEqual(ok([]));
  });

  it('lets a content script teach its own host, never another one', async () => {
    const { send, stored } = harness();
    expect(await send('learned.add', { rule: FR_RULE }, CONTENT_SCRIPT)).toEqual(ok([FR_RULE]));
    expect(await send('learned.add', { rule: DE_RULE }, CONTENT_SCRIPT)).toMatchObject(forbidden);
    expect(await stored()).toEqual([FR_RULE]);
  });

  it('refuses listing, deleting and importing from a content script, with nothing changed', async () => {
    const { send, stored } = harness();
    await send('learned.import', { rules: [FR_RULE] });
    expect(await send('learned.list', {}, CONTENT_SCRIPT)).toMatchObject(forbidden);
    const { host, field, label } = FR_RULE;
    expect(await send('learned.delete', { host, field, label }, CONTENT_SCRIPT)).toMatchObject(forbidden);
    expect(await send('learned.import', { rules: [DE_RULE] }, CONTENT_SCRIPT)).toMatchObject(forbidden);
    expect(await stored()).toEqual([FR_RULE]);
  });

  it('lets an extension page add for any host, list newest first and delete', async () => {
    const { send, stored } = harness();
    expect(await send('learned.add', { rule: FR_RULE })).toEqual(ok([FR_RULE]));
    expect(await send('learned.add', { rule: DE_RULE })).toEqual(ok([DE_RULE]));
    expect(await send('learned.list', {})).toEqual(ok([DE_RULE, FR_RULE]));
    const { host, field, path } = DE_RULE;
    expect(await send('learned.delete', { host, field, path })).toEqual(ok([FR_RULE]));
    // Deleting a rule that is not there changes nothing.
    expect(await send('learned.delete', { host, field, path })).toEqual(ok([FR_RULE]));
    expect(await stored()).toEqual([FR_RULE]);
  });

  it('counts the rules an import added and replaced', async () => {
    const { send, stored } = harness();
    await send('learned.import', { rules: [FR_RULE] });
    const retaught = { ...FR_RULE, example: '14 mars 2026', createdAt: '2026-03-05T09:00:00.000Z' };
    const other = rule({ field: 'carrierCode', label: 'societe de livraison', example: 'DPD' });
    expect(await send('learned.import', { rules: [retaught, DE_RULE, other] })).toEqual(
      ok({ added: 2, replaced: 1 }),
    );
    expect(await stored()).toHaveLength(3);
    expect((await stored()).find((r) => ruleIdentity(r) === ruleIdentity(FR_RULE))).toEqual(retaught);
    // The same file again replaces all and adds none.
    expect(await send('learned.import', { rules: [retaught, DE_RULE, other] })).toEqual(
      ok({ added: 0, replaced: 3 }),
    );
  });

  it('refuses a malformed rule with nothing written', async () => {
    const { send, stored } = harness();
    const bad = [
      { ...FR_RULE, host: 'evil.example.com' },
      { ...FR_RULE, path: '#x>1' },
      { ...FR_RULE, field: 'buyerName' },
    ];
    for (const r of bad) {
      expect(await send('learned.import', { rules: [DE_RULE, r] })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
      expect(await send('learned.add', { rule: r }, CONTENT_SCRIPT)).toMatchObject({ ok: false });
    }
    expect(await stored()).toEqual([]);
  });

  it('replaces a rule when the same place is taught again', async () => {
    const { send, stored } = harness();
    await send('learned.add', { rule: FR_RULE }, CONTENT_SCRIPT);
    const again = {
      ...FR_RULE,
      override: true,
      example: '15 mars 2026',
      createdAt: '2026-03-10T09:00:00.000Z',
    };
    expect(await send('learned.add', { rule: again }, CONTENT_SCRIPT)).toEqual(ok([again]));
    expect(await stored()).toEqual([again]);
    // Another label for the same field is another rule.
    const elsewhere = { ...FR_RULE, label: 'date de livraison prevue' };
    expect(await send('learned.add', { rule: elsewhere }, CONTENT_SCRIPT)).toMatchObject({ ok: true });
    expect(await stored()).toHaveLength(2);
  });

  it(`refuses a host's ${MAX_RULES_PER_HOST + 1}th rule, with nothing written, but still replaces a known one`, async () => {
    const { send, stored } = harness();
    const many = Array.from({ length: MAX_RULES_PER_HOST }, (_, i) => rule({ label: `libelle ${i}` }));
    for (const r of many)
      expect(await send('learned.add', { rule: r }, CONTENT_SCRIPT)).toMatchObject({ ok: true });
    const refused = await send('learned.add', { rule: rule({ label: 'un de trop' }) }, CONTENT_SCRIPT);
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(JSON.stringify(refused)).toContain(`${MAX_RULES_PER_HOST} learned rules`);
    // Another host has its own cap; the same place taught again is a replacement, not a new rule.
    expect(await send('learned.add', { rule: DE_RULE }, DASHBOARD)).toMatchObject({ ok: true });
    const again = { ...many[0]!, example: '20 mars 2026' };
    expect(await send('learned.add', { rule: again }, CONTENT_SCRIPT)).toMatchObject({ ok: true });
    const rules = await stored();
    expect(rules).toHaveLength(MAX_RULES_PER_HOST + 1);
    expect(rules.some((r) => r.label === 'un de trop')).toBe(false);
    expect(rules).toContainEqual(again);
  });
});
