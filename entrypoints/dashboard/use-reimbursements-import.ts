import { useState } from 'preact/hooks';
import { CLAIMS_TEXTS, type ImportResultCounts } from '../../components/dashboard/claims/texts';
import { REGION_TIME_ZONES, regionOf } from '../../core/claims/claim-rate';
import { parseReimbursementsReport } from '../../core/claims/reimbursements-report';
import { errorText } from '../../core/error-text';
import type { Lang } from '../../core/i18n/lang';
import { sendClaims } from './claims-connection';
import type { ClaimsData } from './claims-source';
import { readReportFile } from './read-report-file';
import { sendReimbursements } from './reimbursements-import';

// The Claims tab's Reimbursements import: the report read and checked whole in the page (a wrong
// file is refused with one sentence, nothing sent), its rows sent in chunks; the background
// matches them to the claims. `afterwards` runs whatever happened (the tab reads again).

export function useReimbursementsImport(
  lang: Lang,
  data: ClaimsData | null,
  onNotice: (text: string) => void,
  afterwards: () => Promise<void>,
) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ImportResultCounts | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function importReport(file: File) {
    const t = CLAIMS_TEXTS[lang];
    setRunning(true);
    setResult(null);
    setError(null);
    try {
      // Approval instants are dated in the zone of the region the seller's claims are filed in.
      const latest = data?.claims[0];
      const timeZone = latest ? REGION_TIME_ZONES[regionOf(latest.countryCode)] : 'UTC';
      const parsed = parseReimbursementsReport(await readReportFile(file), { timeZone });
      if (!parsed.ok) {
        setError(t.import.refusals[parsed.reason]);
        return;
      }
      setResult(
        await sendReimbursements(parsed.rows, (rows) => sendClaims('reimbursements.import', { rows })),
      );
      const duplicates = parsed.skipped.byProblem.duplicate ?? 0;
      const unreadable = parsed.skipped.count - duplicates;
      const notices = [
        ...(unreadable > 0 ? [t.import.skipped(unreadable)] : []),
        ...(duplicates > 0 ? [t.import.duplicates(duplicates)] : []),
      ];
      if (notices.length > 0) onNotice(notices.join(' '));
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setRunning(false);
      await afterwards();
    }
  }

  return { running, result, error, importReport };
}
