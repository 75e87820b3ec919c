// The finding kinds and severities as plain values, apart from their schemas (`finding.ts`): the
// dashboard's first paint sorts and filters by them without building any schema.

export const FINDING_KINDS = [
  'tracking-pending',
  'tracking-missing',
  'not-shipped-by-edd',
  'lost-watch',
  'lost-check',
  'lost-claimable',
  'claim-expired',
  'damaged-claimable',
  'not-eligible',
  'unfulfillable',
  'return-open',
  'return-removal',
  'needs-data',
  'claim-filed',
  'claim-unpaid',
  'claim-partly-paid',
  'claim-refused',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['info', 'warning', 'action'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, action: 2 };
