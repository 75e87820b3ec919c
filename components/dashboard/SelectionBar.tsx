import { useState } from 'preact/hooks';
import type { DashboardTexts } from './texts';

// What the seller does with the selected orders: mark their claim filed (with its case id) or
// not, and export their claim texts.

interface Props {
  texts: DashboardTexts;
  /** Keys of the selected orders still shown. */
  selection: readonly string[];
  onMarkClaim: (keys: string[], filed: boolean, caseId: string) => void;
  onExportClaims: (keys: string[]) => void;
}

export function SelectionBar({ texts, selection, onMarkClaim, onExportClaims }: Props) {
  const [caseId, setCaseId] = useState('');
  const none = selection.length === 0;
  return (
    <div class="toolbar selection">
      <span data-testid="selected-count">{texts.selected(selection.length)}</span>
      <input
        type="text"
        placeholder={texts.caseId}
        aria-label={texts.caseId}
        value={caseId}
        maxLength={200}
        onInput={(e) => setCaseId((e.currentTarget as HTMLInputElement).value)}
        data-testid="case-id"
      />
      <button
        type="button"
        disabled={none}
        onClick={() => onMarkClaim([...selection], true, caseId.trim())}
        data-testid="mark-claim"
      >
        {texts.markClaim}
      </button>
      <button type="button" disabled={none} onClick={() => onMarkClaim([...selection], false, '')}>
        {texts.unmarkClaim}
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => onExportClaims([...selection])}
        data-testid="export-claims"
      >
        {texts.exportClaims}
      </button>
    </div>
  );
}
