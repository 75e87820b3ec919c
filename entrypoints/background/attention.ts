import { type Assessment, FINDING_KINDS, type FindingKind, SEVERITY_RANK } from '../../core/model/finding';
import type { AssessmentRow, MuteRow } from './db';

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

export type UiLanguage = 'fr' | 'en';

export function resolveLanguage(setting: 'auto' | UiLanguage, browserLanguage: string): UiLanguage {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const KIND_LABELS: Record<UiLanguage, Record<FindingKind, string>> = {
  fr: {
    'tracking-pending': 'suivi en attente',
    'tracking-missing': 'suivi manquant',
    'not-shipped-by-edd': 'non expédiée à la date prévue',
    'lost-watch': 'retard de livraison',
    'lost-check': 'perte à vérifier',
    'lost-claimable': 'perte à réclamer',
    'claim-expired': 'délai de réclamation dépassé',
    'damaged-claimable': 'dommage à réclamer',
    'not-eligible': 'non remboursable',
    unfulfillable: 'impossible à expédier',
    'return-open': 'retour en cours',
    'return-removal': 'retour invendable',
    'needs-data': 'données manquantes',
  },
  en: {
    'tracking-pending': 'tracking pending',
    'tracking-missing': 'tracking missing',
    'not-shipped-by-edd': 'not shipped by the delivery date',
    'lost-watch': 'late delivery',
    'lost-check': 'possible loss to check',
    'lost-claimable': 'lost: claim now',
    'claim-expired': 'claim window over',
    'damaged-claimable': 'damaged: claim now',
    'not-eligible': 'not reimbursable',
    unfulfillable: 'cannot ship',
    'return-open': 'open return',
    'return-removal': 'unsellable return',
    'needs-data': 'missing data',
  },
};

export function kindLabel(kind: FindingKind, language: UiLanguage): string {
  return KIND_LABELS[language][kind];
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
    lines.length > 0
      ? `${name}\n${lines.join('\n')}`
      : `${name}\n${language === 'fr' ? 'Aucune commande à traiter' : 'No order needs attention'}`;
  if (counts.action > 0) return { text: String(counts.action), color: BADGE_RED, title };
  if (counts.warning > 0) return { text: String(counts.warning), color: BADGE_AMBER, title };
  return { text: '', color: BADGE_AMBER, title };
}
