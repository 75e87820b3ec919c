// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LearnedRulesPanel,
  type LearnedRulesPanelProps,
} from '../../../components/dashboard/LearnedRulesPanel';
import { DASHBOARD_TEXTS, type DashboardLang } from '../../../components/dashboard/texts';
import {
  type LearnedRule,
  learnedRulesFile,
  parseLearnedRulesFile,
  ruleIdentity,
} from '../../../core/teach/learned-rule';

const HOSTILE = '<img src=x onerror="alert(1)">';

function rule(fields: Partial<LearnedRule> = {}): LearnedRule {
  return {
    host: 'sellercentral.amazon.fr',
    field: 'estimatedArrivalDate',
    label: 'arrivee chez le client au plus tard',
    override: false,
    createdAt: '2026-03-05T12:00:00.000Z',
    example: '12 mars 2026',
    ...fields,
  };
}

const LABELLED = rule();
const BY_PATH = rule({
  host: 'sellercentral.amazon.de',
  field: 'trackingNumber',
  label: undefined,
  path: '#shipment-box>1>0',
  override: true,
  createdAt: '2026-02-01T12:00:00.000Z',
  example: HOSTILE,
});

/** A fake background: the rules in memory, as the learned handlers keep them. */
function fakeStore(initial: LearnedRule[]) {
  const stored = new Map(initial.map((r) => [ruleIdentity(r), r]));
  const all = () => [...stored.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return {
    stored,
    list: vi.fn(async () => all()),
    remove: vi.fn(async (r: LearnedRule) => {
      stored.delete(ruleIdentity(r));
      return all();
    }),
    importRules: vi.fn(async (rules: LearnedRule[]) => {
      const replaced = rules.filter((r) => stored.has(ruleIdentity(r))).length;
      for (const r of rules) stored.set(ruleIdentity(r), r);
      return { added: rules.length - replaced, replaced };
    }),
  };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

async function mount(initial: LearnedRule[], lang: DashboardLang = 'fr') {
  const host = document.createElement('div');
  document.body.append(host);
  const store = fakeStore(initial);
  const save = vi.fn<LearnedRulesPanelProps['save']>();
  render(
    <LearnedRulesPanel
      texts={DASHBOARD_TEXTS[lang]}
      lang={lang}
      list={store.list}
      remove={store.remove}
      importRules={store.importRules}
      save={save}
      today={() => '2026-03-20'}
    />,
    host,
  );
  await settle();
  const rows = () => [...host.querySelectorAll('[data-testid="learned-rule"]')];
  return { host, store, save, rows };
}

/** Picks a file through the panel's file input, as a seller would. */
async function pick(host: HTMLElement, text: string) {
  const input = host.querySelector<HTMLInputElement>('[data-testid="learned-rules-import"]')!;
  const file = new File([text], 'rules.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('learned rules panel', () => {
  it('lists every rule with its field (the overlay’s name), label or path, host, date and example, as text', async () => {
    const { host, rows } = await mount([BY_PATH, LABELLED]);
    expect(rows()).toHaveLength(2);
    const [first, second] = rows();
    // Newest first, as the background lists them.
    expect(first!.textContent).toContain('Date de livraison estimée');
    expect(first!.textContent).toContain('arrivee chez le client au plus tard');
    expect(first!.textContent).toContain('sellercentral.amazon.fr');
    expect(first!.textContent).toContain('5 mars 2026');
    expect(first!.textContent).toContain('12 mars 2026');
    expect(first!.querySelector('[data-testid="learned-rule-correction"]')).toBeNull();

    expect(second!.textContent).toContain('Numéro de suivi');
    expect(second!.querySelector('[data-testid="learned-rule-label"]')?.textContent).toBe(
      'chemin #shipment-box>1>0',
    );
    expect(second!.querySelector('[data-testid="learned-rule-correction"]')?.textContent).toBe('correction');
    // The example came from a page: shown as text, never as markup.
    expect(second!.querySelector('[data-testid="learned-rule-example"]')?.textContent).toBe(HOSTILE);
    expect(host.querySelector('img')).toBeNull();
  });

  it('speaks English with English dates', async () => {
    const { rows } = await mount([LABELLED], 'en');
    expect(rows()[0]!.textContent).toContain('Estimated delivery date');
    expect(rows()[0]!.textContent).toContain('Mar 5, 2026');
  });

  it('says when there is no rule', async () => {
    const { host, rows } = await mount([]);
    expect(rows()).toHaveLength(0);
    expect(host.querySelector('[data-testid="learned-rules-empty"]')?.textContent).toContain(
      'Aucune règle apprise',
    );
  });

  it('deletes one rule and shows the rules left', async () => {
    const { host, store, rows } = await mount([LABELLED, BY_PATH]);
    host.querySelectorAll<HTMLButtonElement>('[data-testid="learned-rule-delete"]')[1]!.click();
    await settle();
    expect(store.remove).toHaveBeenCalledWith(BY_PATH);
    expect(rows()).toHaveLength(1);
    expect(rows()[0]!.textContent).toContain('sellercentral.amazon.fr');
  });

  it('exports the stored rules as a learned-rules file named with the day', async () => {
    const { host, save } = await mount([LABELLED, BY_PATH]);
    host.querySelector<HTMLButtonElement>('[data-testid="learned-rules-export"]')!.click();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    const [name, content] = save.mock.calls[0]!;
    expect(name).toBe('mcf-desk-learned-rules-2026-03-20.json');
    expect(parseLearnedRulesFile(content)).toEqual([LABELLED, BY_PATH]);
  });

  it('refuses a bad file with its sentence and sends nothing', async () => {
    const { host, store, rows } = await mount([LABELLED]);
    await pick(host, '{"format":"mcf-desk-learned-rules","version":1,"rules":[{"host":"evil.example"}]}');
    expect(host.querySelector('[data-testid="learned-rules-error"]')?.textContent).toMatch(
      /^Import refusé: Not a valid learned-rules file, nothing imported: rules\.0\./,
    );
    await pick(host, 'not json');
    expect(host.querySelector('[data-testid="learned-rules-error"]')?.textContent).toContain(
      'it is not JSON',
    );
    expect(store.importRules).not.toHaveBeenCalled();
    expect(rows()).toHaveLength(1);
  });

  it('imports a good file and says how many rules were added and replaced', async () => {
    const { host, store, rows } = await mount([LABELLED]);
    const taughtAgain = { ...LABELLED, example: '14 mars 2026', createdAt: '2026-03-06T12:00:00.000Z' };
    await pick(host, JSON.stringify(learnedRulesFile([taughtAgain, BY_PATH])));
    expect(store.importRules).toHaveBeenCalledWith([taughtAgain, BY_PATH]);
    expect(host.querySelector('[data-testid="learned-rules-message"]')?.textContent).toBe(
      'Règles importées : 1 ajoutée, 1 remplacée.',
    );
    expect(host.querySelector('[data-testid="learned-rules-error"]')).toBeNull();
    expect(rows()).toHaveLength(2);
    expect(rows()[0]!.textContent).toContain('14 mars 2026');
  });
});
