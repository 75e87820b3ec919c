import { evidenceSaveByOfRow } from '../../core/export/evidence-texts';
import type { OrderSummary } from '../../core/export/order-summary';
import type { Lang } from '../../core/i18n/lang';
import { EvidenceButton, EvidenceReminder } from '../evidence/EvidenceButton';

// The dashboard's evidence packs (issue 15 item 8): one file per selected lost or damaged claim,
// and, for the selected lost/damaged claimable orders, the day before which to save it (ship
// date + 90 days), soonest first.

const MAX_REMINDERS = 20;

export function EvidencePanel(props: {
  lang: Lang;
  selected: readonly OrderSummary[];
  onDownload: (keys: string[]) => Promise<string | undefined>;
}) {
  const reminders = props.selected
    .map((row) => ({ row, saveBy: evidenceSaveByOfRow(row) }))
    .filter((r): r is { row: OrderSummary; saveBy: string } => r.saveBy !== undefined)
    .sort((a, b) => (a.saveBy < b.saveBy ? -1 : a.saveBy > b.saveBy ? 1 : 0));
  return (
    <div class="toolbar evidence-panel" data-testid="evidence-panel">
      <EvidenceButton
        lang={props.lang}
        disabled={props.selected.length === 0}
        testId="export-evidence"
        onDownload={() => props.onDownload(props.selected.map((r) => r.key))}
      />
      {reminders.slice(0, MAX_REMINDERS).map(({ row, saveBy }) => (
        <EvidenceReminder key={row.key} lang={props.lang} saveBy={saveBy} orderId={row.orderId} />
      ))}
    </div>
  );
}
