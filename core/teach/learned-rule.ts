import { z } from 'zod';
import { isSellerCentralHost } from '../marketplaces';
import { InstantSchema } from '../model/primitives';
import { USER_FIELDS, type UserField } from '../user-fields';

// A rule the seller taught by pointing at a value on the page ("teach mode"): on this Seller
// Central host, the value of this field sits beside this label (normalized as the dictionaries
// store labels), or, where no label is near, at this path from the nearest identified ancestor.
// Rules are the seller's: kept in their database, in backups, exported and imported as JSON.

export const TeachableFieldSchema = z.enum(USER_FIELDS);
export type TeachableField = UserField;
export { READER_FIELD } from './reader-field';

export const LearnedRuleSchema = z
  .object({
    host: z.string().max(100).refine(isSellerCentralHost, 'not a Seller Central host'),
    field: TeachableFieldSchema,
    /** The label beside the value, normalized (`normalizeLabel`). */
    label: z.string().min(1).max(80).optional(),
    /**
     * Where no label is near: `#id`, `[data-test-id="…"]` or `[heading="…"]` (the block whose
     * heading reads so, normalized), then child indexes (`>2>0`).
     */
    path: z
      .string()
      .max(300)
      .regex(/^(#[\w-]{1,100}|\[data-test-id="[\w-]{1,100}"\]|\[heading="[^"\]>]{1,80}"\])(>\d{1,3}){0,30}$/)
      .optional(),
    /** The seller taught it because the field was read wrongly: it wins over built-in labels. */
    override: z.boolean(),
    createdAt: InstantSchema,
    /** The value the seller pointed at when teaching, shown beside the rule. */
    example: z.string().max(120),
  })
  .refine((rule) => (rule.label === undefined) !== (rule.path === undefined), 'a rule has a label or a path');
export type LearnedRule = z.infer<typeof LearnedRuleSchema>;

export const LEARNED_RULES_FORMAT = 'mcf-desk-learned-rules';
export const LearnedRulesFileSchema = z.object({
  format: z.literal(LEARNED_RULES_FORMAT),
  version: z.literal(1),
  rules: z.array(LearnedRuleSchema).max(1000),
});
export type LearnedRulesFile = z.infer<typeof LearnedRulesFileSchema>;

/** One rule per host, field and label (or path): teaching the same again replaces it. */
export const ruleIdentity = (rule: Pick<LearnedRule, 'host' | 'field' | 'label' | 'path'>): string =>
  `${rule.host}|${rule.field}|${rule.label ?? ''}|${rule.path ?? ''}`;

export function learnedRulesFile(rules: readonly LearnedRule[]): LearnedRulesFile {
  return { format: LEARNED_RULES_FORMAT, version: 1, rules: [...rules] };
}

/** A learned-rules file, validated; throws a sentence (nothing to write) when it is not one. */
export function parseLearnedRulesFile(text: string): LearnedRule[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('Not a learned-rules file: it is not JSON.');
  }
  const parsed = LearnedRulesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Not a valid learned-rules file, nothing imported: ${issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'unknown shape'}.`,
    );
  }
  return parsed.data.rules;
}
