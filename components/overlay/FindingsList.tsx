import type { Finding } from '../../core/model/finding';
import { describeFinding } from '../finding-text';
import { type Lang, OVERLAY_TEXTS } from './texts';

// What to do about the order: one line per finding, its severity as a sign and as words.

export const SEVERITY_ICON = { action: '●', warning: '▲', info: 'ℹ' } as const;

export function FindingsList(props: {
  lang: Lang;
  findings: readonly Finding[];
  locale?: string | undefined;
}) {
  const t = OVERLAY_TEXTS[props.lang];
  return (
    <>
      <h2 class="mcf-h">{t.findings}</h2>
      <ul class="mcf-findings" data-testid="overlay-findings">
        {props.findings.length === 0 && <li class="mcf-none">{t.nothingToDo}</li>}
        {props.findings.map((finding) => {
          const text = describeFinding(finding, props.lang, props.locale);
          return (
            <li
              key={`${finding.kind}-${finding.shipmentIndex ?? ''}`}
              data-kind={finding.kind}
              data-severity={finding.severity}
            >
              <span class="mcf-sev" aria-hidden="true">
                {SEVERITY_ICON[finding.severity]}
              </span>
              <strong>{text.title}</strong>
              <span class="mcf-action">{text.action}</span>
              {text.detail && <span class="mcf-detail">{text.detail}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
