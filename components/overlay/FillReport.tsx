import { type Lang, OVERLAY_TEXTS } from './texts';

// What the return-form prefill filled, field by field (the seller then checks and submits).

/** One line of the return-form fill report, as the overlay shows it. */
export interface FillReportLine {
  field: string;
  ok: boolean;
  reason?: string;
}

export function FillReport(props: { lang: Lang; lines: readonly FillReportLine[] }) {
  const t = OVERLAY_TEXTS[props.lang];
  return (
    <div class="mcf-report" data-testid="overlay-fill-report">
      <h2 class="mcf-h">{t.fillReport}</h2>
      <ul>
        {props.lines.map((line) => (
          <li key={line.field} data-ok={line.ok}>
            {line.field}: {line.ok ? t.filled : `${t.notFilled}${line.reason ? ` (${line.reason})` : ''}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
