import { useEffect, useState } from 'preact/hooks';
import {
  type LearnedRule,
  learnedRulesFile,
  parseLearnedRulesFile,
  ruleIdentity,
} from '../../core/teach/learned-rule';
// The overlay's own names for the fields, so that a rule is named here as the seller saw it there.
import { FIELD_LABELS } from '../overlay/texts';
import { FileButton } from './FileButton';
import type { DashboardLang, DashboardTexts } from './texts';

export interface LearnedRulesPanelProps {
  texts: DashboardTexts;
  lang: DashboardLang;
  /** Every stored rule, newest first (`learned.list`). */
  list: () => Promise<LearnedRule[]>;
  /** Deletes one rule; resolves to the rules left (`learned.delete`). */
  remove: (rule: LearnedRule) => Promise<LearnedRule[]>;
  /** Stores validated rules (`learned.import`). */
  importRules: (rules: LearnedRule[]) => Promise<{ added: number; replaced: number }>;
  /** Saves a file through the page's download link. */
  save: (name: string, content: string) => void;
  /** Today's date as YYYY-MM-DD, for the export's file name. */
  today: () => string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The rules the seller taught in teach mode: listed, deleted one by one, exported and imported as
 * a learned-rules file. The panel talks to the background through the callbacks it is given; a
 * file is checked whole here (`parseLearnedRulesFile`) before anything is sent, so a bad file
 * writes nothing.
 */
export function LearnedRulesPanel({
  texts,
  lang,
  list,
  remove,
  importRules,
  save,
  today,
}: LearnedRulesPanelProps) {
  const t = texts.learned;
  const [rules, setRules] = useState<LearnedRule[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    list().then(setRules, (e) => setError(`${texts.error}: ${message(e)}`));
  }, [list]);

  /** Runs one action at a time: a second click while the first is on its way would race it. */
  async function run(action: () => Promise<void>, failed = texts.error) {
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(`${failed}: ${message(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const onDelete = (rule: LearnedRule) =>
    run(async () => {
      setRules(await remove(rule));
    });

  // From the database, not from what is shown: the file holds what is stored at this moment.
  const onExport = () =>
    run(async () => {
      const stored = await list();
      setRules(stored);
      save(
        `mcf-desk-learned-rules-${today()}.json`,
        `${JSON.stringify(learnedRulesFile(stored), null, 2)}\n`,
      );
    });

  const onImport = (file: File) =>
    run(async () => {
      // Throws the sentence that says why the file is refused, before any message is sent.
      const parsed = parseLearnedRulesFile(await file.text());
      const { added, replaced } = await importRules(parsed);
      setRules(await list());
      setStatus(t.imported(added, replaced));
    }, t.failed);

  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const fieldName = (rule: LearnedRule) => FIELD_LABELS[lang][rule.field] ?? rule.field;

  return (
    <section class="learned-rules-panel" aria-label={t.title} data-testid="learned-rules">
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      {rules === null ? (
        <p>…</p>
      ) : rules.length === 0 ? (
        <p data-testid="learned-rules-empty">{t.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.field}</th>
              <th scope="col">{t.label}</th>
              <th scope="col">{t.host}</th>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.example}</th>
              <th scope="col">{t.delete}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule) => (
              <LearnedRuleRow
                key={ruleIdentity(rule)}
                rule={rule}
                texts={texts}
                fieldName={fieldName(rule)}
                created={dates.format(new Date(rule.createdAt))}
                busy={busy}
                onDelete={() => void onDelete(rule)}
              />
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button
          type="button"
          disabled={busy}
          onClick={() => void onExport()}
          data-testid="learned-rules-export"
        >
          {t.export}
        </button>
      </p>
      <FileButton
        label={t.import}
        accept=".json,application/json"
        disabled={busy}
        testId="learned-rules-import"
        onFile={(file) => void onImport(file)}
      />
      {status ? (
        <p role="status" data-testid="learned-rules-message">
          {status}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert" data-testid="learned-rules-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/** One taught rule: its field (and whether it corrects the reader), where it reads, when taught. */
function LearnedRuleRow({
  rule,
  texts,
  fieldName,
  created,
  busy,
  onDelete,
}: {
  rule: LearnedRule;
  texts: DashboardTexts;
  fieldName: string;
  created: string;
  busy: boolean;
  onDelete: () => void;
}) {
  const t = texts.learned;
  return (
    <tr data-testid="learned-rule">
      <td data-testid="learned-rule-field">
        {fieldName}
        {rule.override ? (
          <>
            {' '}
            <span class="marker" title={t.correctionHint} data-testid="learned-rule-correction">
              {t.correction}
            </span>
          </>
        ) : null}
      </td>
      <td data-testid="learned-rule-label">
        {rule.label !== undefined ? (
          rule.label
        ) : (
          <>
            {t.path} <code>{rule.path}</code>
          </>
        )}
      </td>
      <td data-testid="learned-rule-host">{rule.host}</td>
      <td>
        <time dateTime={rule.createdAt}>{created}</time>
      </td>
      <td data-testid="learned-rule-example">{rule.example}</td>
      <td>
        <button
          type="button"
          disabled={busy}
          aria-label={t.deleteLabel(fieldName, rule.host)}
          onClick={onDelete}
          data-testid="learned-rule-delete"
        >
          {t.delete}
        </button>
      </td>
    </tr>
  );
}
