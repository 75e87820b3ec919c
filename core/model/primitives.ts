import { z } from 'zod';

/** A calendar day in the marketplace's time zone, `YYYY-MM-DD`. Never a local-time Date. */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(y, m - 1, d));
    return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
  }, 'not a real calendar day');
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** An instant, ISO 8601 with an offset or `Z`. */
export const InstantSchema = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof InstantSchema>;

/** Where a value came from: the order page, an Amazon report, an SP-API payload, or the seller. */
export const SOURCES = ['page', 'report', 'api', 'user'] as const;
export const SourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof SourceSchema>;

export const ProvenanceSchema = z.object({ source: SourceSchema, seenAt: InstantSchema });
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** Accepts an enum value whatever its case (Amazon's own example writes `PROCESSING`). */
export function caseInsensitiveEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const byLower = new Map(values.map((v) => [v.toLowerCase(), v]));
  return z.preprocess(
    (raw) => (typeof raw === 'string' ? (byLower.get(raw.trim().toLowerCase()) ?? raw) : raw),
    z.enum(values),
  );
}
