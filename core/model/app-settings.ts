import { z } from 'zod';
import { LANGS, UI_LANGUAGES } from '../i18n/lang';
import { MAX_CLAIM_WINDOW_DAYS, MIN_CLAIM_WINDOW_DAYS, SettingsSchema } from './finding';

// Everything the seller can set. The policy part (`Settings`) is what `assessOrder` reads; the
// rest is how MCF Desk talks to the seller.

export const NOTIFICATION_MODES = ['each', 'digest', 'off'] as const;
export { UI_LANGUAGES };
/** The case texts' language: `marketplace` is the language of the order's marketplace support. */
export const CASE_TEXT_LANGUAGES = ['marketplace', ...LANGS] as const;

export const MIN_ITEMS_PER_CASE = 1;
export const MAX_ITEMS_PER_CASE = 50;

/** Comment typed in the return form (R8); `{orderId}` is replaced by the order id. */
export const DEFAULT_RETURN_COMMENT_TEMPLATE =
  'Retour client pour la commande {orderId} / Customer return for order {orderId}';

export const AppSettingsSchema = SettingsSchema.extend({
  /** One notification per order and kind, one daily digest, or none. */
  notifications: z.enum(NOTIFICATION_MODES).default('each'),
  returnCommentTemplate: z.string().min(1).max(2000).default(DEFAULT_RETURN_COMMENT_TEMPLATE),
  /** `auto`: the browser's language (fr, en, de, es, it; English for any other). */
  uiLanguage: z.enum(UI_LANGUAGES).default('auto'),
  /** `marketplace`: amazon.fr French, .de German, .es Spanish, .it Italian, .co.uk/.com English. */
  caseTextLanguage: z.enum(CASE_TEXT_LANGUAGES).default('marketplace'),
  /** Items (units) per prepared case: sellers report that large cases are refused (domain.md §6). */
  maxItemsPerCase: z.number().int().min(MIN_ITEMS_PER_CASE).max(MAX_ITEMS_PER_CASE).default(5),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;
export const DEFAULT_APP_SETTINGS: AppSettings = AppSettingsSchema.parse({});

/**
 * A partial update. Spelled out rather than `.partial()`: zod 4 still applies a field's default
 * under `.partial()`, so `{}` would reset every setting. Unknown keys are refused, so a typo never
 * passes silently.
 */
export const AppSettingsPatchSchema = z
  .object({
    claimWindowDays: AppSettingsSchema.shape.claimWindowDays.unwrap().optional(),
    returnReminderDays: AppSettingsSchema.shape.returnReminderDays.unwrap().optional(),
    unpaidClaimDays: AppSettingsSchema.shape.unpaidClaimDays.unwrap().optional(),
    maxItemsPerCase: AppSettingsSchema.shape.maxItemsPerCase.unwrap().optional(),
    notifications: AppSettingsSchema.shape.notifications.unwrap().optional(),
    returnCommentTemplate: AppSettingsSchema.shape.returnCommentTemplate.unwrap().optional(),
    uiLanguage: AppSettingsSchema.shape.uiLanguage.unwrap().optional(),
    caseTextLanguage: AppSettingsSchema.shape.caseTextLanguage.unwrap().optional(),
  })
  .strict();
export type AppSettingsPatch = z.infer<typeof AppSettingsPatchSchema>;

/**
 * Settings as stored by any version (the database's row, a backup's), made valid field by field:
 * a claim window outside today's bounds (1 to 7 days was allowed before the minimum became 8) is
 * clamped into them, any other invalid or missing field takes its default, and every valid field
 * is kept (fields added later, such as `unpaidClaimDays` and `maxItemsPerCase`, take their default
 * when absent). Never all defaults because one field no longer passes. The interface language was
 * stored as `language` before it became `uiLanguage`: it is carried over.
 */
export function repairSettings(raw: unknown): AppSettings {
  const input: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw } : {};
  if (input.uiLanguage === undefined && input.language !== undefined) input.uiLanguage = input.language;
  const window = input.claimWindowDays;
  if (typeof window === 'number' && Number.isInteger(window)) {
    input.claimWindowDays = Math.min(MAX_CLAIM_WINDOW_DAYS, Math.max(MIN_CLAIM_WINDOW_DAYS, window));
  }
  const valid: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(AppSettingsSchema.shape)) {
    const parsed = schema.safeParse(input[field]);
    if (parsed.success) valid[field] = parsed.data;
  }
  return AppSettingsSchema.parse(valid);
}

/** Whether going from `before` to `next` changes any order's assessment (the policy's figures). */
export function changesAssessment(before: AppSettings, next: AppSettings): boolean {
  return (
    next.claimWindowDays !== before.claimWindowDays ||
    next.returnReminderDays !== before.returnReminderDays ||
    next.unpaidClaimDays !== before.unpaidClaimDays
  );
}
