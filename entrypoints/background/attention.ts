import type { Lang } from '../../core/i18n/lang';
import { type Assessment, FINDING_KINDS, type FindingKind, SEVERITY_RANK } from '../../core/model/finding';
import type { AssessmentRow, MuteRow } from './db';
import { BACKGROUND_TEXTS } from './texts';

// What the badge, the attention list and the scheduler read, derived from an assessment and the
// seller's mutes when the assessment is written (never computed over the whole table on read).

export function isMuteActive(mute: Pick<MuteRow, 'until'>, nowIso: string): boolean {
  return mute.until === null || mute.until > nowIso;
}

export function deriveAssessmentRow(
  key: string,
  assessment: Assessment,
  mutes: readonly MuteRow[],
  now: Date,
): AssessmentRow {
  const nowIso = now.toISOString();
  const muted = new Set(mutes.filter((m) => isMuteActive(m, nowIso)).map((m) => m.kind));
  const open = assessment.findings.filter((f) => !muted.has(f.kind) && f.severity !== 'info');
  const urgency = open.reduce((top, f) => Math.max(top, SEVERITY_RANK[f.severity]), 0);
  let attention: string | undefined;
  if (urgency > 0) {
    // Calendar days as `YYYY-MM-DD` sort as text: the earliest start is the first once sorted.
    const since = open
      .filter((f) => SEVERITY_RANK[f.severity] === urgency)
      .map((f) => f.startedOn)
      .sort()[0];
    attention = `${2 - urgency}|${since}`;
  }
  // A snooze that ends wakes the order up again, like a day boundary of the engine.
  const reviews = mutes.flatMap((m) => (m.until !== null && m.until > nowIso ? [m.until] : []));
  if (assessment.nextReviewAt) reviews.push(new Date(assessment.nextReviewAt).toISOString());
  let nextReviewAt = reviews.sort()[0];
  if (nextReviewAt !== undefined && nextReviewAt <= nowIso) {
    // Defensive: the engine names a future boundary; a past one would make the scheduler spin.
    nextReviewAt = new Date(now.getTime() + 3_600_000).toISOString();
  }
  const row: AssessmentRow = {
    key,
    assessment,
    assessedAt: nowIso,
    urgency,
    kinds: [...new Set(open.map((f) => f.kind))],
  };
  if (nextReviewAt !== undefined) row.nextReviewAt = nextReviewAt;
  if (attention !== undefined) row.attention = attention;
  return row;
}

export interface BadgeCounts {
  action: number;
  warning: number;
  perKind: Partial<Record<FindingKind, number>>;
}

export type UiLanguage = Lang;
export { resolveUiLang as resolveLanguage } from '../../core/i18n/lang';

export function kindLabel(kind: FindingKind, language: UiLanguage): string {
  return BACKGROUND_TEXTS[language].kinds[kind];
}

export interface BadgeState {
  text: string;
  /** Red for orders to act on, amber for warnings. */
  color: string;
  title: string;
}

export const BADGE_RED = '#C62828';
export const BADGE_AMBER = '#F9A825';

export function badgeState(counts: BadgeCounts, language: UiLanguage): BadgeState {
  const name = 'MCF Desk';
  const lines = FINDING_KINDS.flatMap((kind) => {
    const n = counts.perKind[kind] ?? 0;
    return n > 0 ? [`${kindLabel(kind, language)}: ${n}`] : [];
  });
  const title =
    lines.length > 0 ? `${name}\n${lines.join('\n')}` : `${name}\n${BACKGROUND_TEXTS[language].noAttention}`;
  if (counts.action > 0) return { text: String(counts.action), color: BADGE_RED, title };
  if (counts.warning > 0) return { text: String(counts.warning), color: BADGE_AMBER, title };
  return { text: '', color: BADGE_AMBER, title };
}

/** The mutes still in force now. */
export function activeMutes(mutes: readonly MuteRow[], now: Date): MuteRow[] {
  const nowIso = now.toISOString();
  return mutes.filter((m) => isMuteActive(m, nowIso));
}
