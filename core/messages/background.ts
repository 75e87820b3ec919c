import { z } from 'zod';
import { ConflictSchema } from '../merge/merge-order';
import { AppSettingsPatchSchema, AppSettingsSchema } from '../model/app-settings';
import { AssessmentSchema, FindingKindSchema } from '../model/finding';
import { clampPageReading } from '../model/limits';
import { OrderSchema } from '../model/order';
import { InstantSchema, SourceSchema } from '../model/primitives';
import { LearnedRuleSchema, TeachableFieldSchema } from '../teach/learned-rule';
import { defineMessage } from './protocol';

// Messages answered by the background service worker (content script / extension pages → BG).
// Every request is validated by the router before its handler runs; a bad one stores nothing.
// `settings.update` is only accepted from extension pages (not from content scripts).

export const OrderKeySchema = z.string().min(3).max(200);

/** What the content script read on an order page. */
// Over-long texts and lists are cut, never refused (the page is what it is): see clampPageReading.
export const PageReadingSchema = z.preprocess(
  clampPageReading,
  z.object({
    order: OrderSchema,
    /** Fields the reader looked for and did not find. */
    missing: z.array(z.string().max(100)).max(100),
    /** Fields shown with disagreeing values of equal strength: left out, reported. */
    conflicts: z.array(z.string().max(100)).max(100).optional(),
    /** Paths of values cut to the order limits (`core/model/limits.ts`), e.g. `items.0.title`. */
    cut: z.array(z.string().max(200)).max(100).optional(),
  }),
);
export type PageReading = z.infer<typeof PageReadingSchema>;

export const StoredOrderViewSchema = z.object({
  key: OrderKeySchema,
  order: OrderSchema,
  assessment: AssessmentSchema,
});
export type StoredOrderView = z.infer<typeof StoredOrderViewSchema>;

export const ChecklistStepSchema = z.object({
  done: z.boolean(),
  at: InstantSchema,
  /** Free text; a case id is recorded here. */
  note: z.string().max(2000).optional(),
});
export const ChecklistSchema = z.object({ steps: z.record(z.string(), ChecklistStepSchema) });
export type Checklist = z.infer<typeof ChecklistSchema>;

/** A snoozed (`until` set) or dismissed (`until: null`) finding kind of one order. */
export const MuteSchema = z.object({ kind: FindingKindSchema, until: InstantSchema.nullable() });
export type Mute = z.infer<typeof MuteSchema>;

/** Everything the popup and the page overlay show about one order. */
export const OrderDetailSchema = StoredOrderViewSchema.extend({
  checklist: ChecklistSchema,
  /** Mutes in force (expired snoozes are left out). */
  muted: z.array(MuteSchema),
  /** Fields where another source disagrees with what the seller typed. */
  conflicts: z.array(ConflictSchema),
  /** The seller's "not delivered" answers that the carrier's delivery evidence replaced. */
  overrides: z.array(z.object({ path: z.string(), at: InstantSchema })).default([]),
});
export type OrderDetail = z.infer<typeof OrderDetailSchema>;

/**
 * What MCF Desk saw of one order and when: its first sighting (the row's `firstSeenAt` and
 * `created`) and its history rows (`entrypoints/background/db.ts` `HistoryRow`), for the
 * evidence pack.
 */
export const OrderHistorySchema = z.object({
  key: OrderKeySchema,
  firstSeen: z
    .object({
      at: InstantSchema,
      source: SourceSchema.optional(),
      fields: z.number().int().min(0).optional(),
    })
    .optional(),
  history: z.array(
    z.object({
      at: InstantSchema,
      source: SourceSchema,
      created: z.literal(true).optional(),
      fields: z.number().int().min(0).optional(),
      changes: z.array(
        z.object({
          path: z.string(),
          from: z.unknown().optional(),
          to: z.unknown(),
          source: SourceSchema.optional(),
          seenAt: z.string().optional(),
        }),
      ),
      conflicts: z
        .array(z.object({ path: z.string(), kept: z.unknown(), observed: z.unknown() }))
        .default([]),
    }),
  ),
});
export type OrderHistory = z.infer<typeof OrderHistorySchema>;

const StepIdSchema = z.string().min(1).max(100);
const OkSchema = z.object({ ok: z.literal(true) });

/** One field typed by the seller: a dotted path of the order and its value (null clears it). */
export const UserFieldSchema = z.object({
  path: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z]+(\.([A-Za-z]+|\d{1,3}))*$/, 'a dotted path such as shipments.0.shippingDate'),
  value: z.union([z.string().max(500), z.number(), z.null()]),
});

export const backgroundMessages = {
  /** The content script stores a page reading; the reply is the merged order and its findings. */
  'reading.store': defineMessage(
    z.object({ url: z.url({ protocol: /^https$/ }), reading: PageReadingSchema }),
    StoredOrderViewSchema.extend({
      changed: z.boolean(),
      /** Values of the reading cut to the order limits before it was stored (none: absent). */
      cut: z.array(z.string()).optional(),
    }),
  ),
  'order.get': defineMessage(z.object({ key: OrderKeySchema }), OrderDetailSchema.nullable()),
  /** Orders with an unmuted action or warning finding: action first, then warning, each oldest
   *  first (by the start day of its most severe finding); one page at a time. */
  'orders.attention': defineMessage(
    z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    z.object({ total: z.number().int().min(0), items: z.array(StoredOrderViewSchema) }),
  ),
  'checklist.update': defineMessage(
    z.object({
      key: OrderKeySchema,
      stepId: StepIdSchema,
      done: z.boolean(),
      note: z.string().max(2000).optional(),
    }),
    ChecklistSchema,
  ),
  'finding.snooze': defineMessage(
    z.object({ key: OrderKeySchema, kind: FindingKindSchema, until: InstantSchema }),
    OkSchema,
  ),
  'finding.dismiss': defineMessage(z.object({ key: OrderKeySchema, kind: FindingKindSchema }), OkSchema),
  'finding.unmute': defineMessage(z.object({ key: OrderKeySchema, kind: FindingKindSchema }), OkSchema),
  /** Values typed by the seller in the overlay; they are never overwritten by a page or report. */
  'order.setUserFields': defineMessage(
    z.object({ key: OrderKeySchema, fields: z.array(UserFieldSchema).min(1).max(50) }),
    StoredOrderViewSchema,
  ),
  'settings.get': defineMessage(z.object({}), AppSettingsSchema),
  /** The rules the seller taught for the sending page's host (content scripts: their own host only). */
  'learned.forPage': defineMessage(z.object({}), z.array(LearnedRuleSchema)),
  /** Adds (or replaces) a taught rule; a content script only for its own host. Replies with that host's rules. */
  'learned.add': defineMessage(z.object({ rule: LearnedRuleSchema }), z.array(LearnedRuleSchema)),
  /** Extension pages only: every rule, newest first. */
  'learned.list': defineMessage(z.object({}), z.array(LearnedRuleSchema)),
  /** Extension pages only. Replies with every rule left. */
  'learned.delete': defineMessage(
    z.object({
      host: z.string().max(100),
      field: TeachableFieldSchema,
      label: z.string().max(80).optional(),
      path: z.string().max(300).optional(),
    }),
    z.array(LearnedRuleSchema),
  ),
  /** Extension pages only: rules of a learned-rules file, validated whole before anything is written. */
  'learned.import': defineMessage(
    z.object({ rules: z.array(LearnedRuleSchema).max(1000) }),
    z.object({ added: z.number().int(), replaced: z.number().int() }),
  ),
  /** Extension pages only. */
  'settings.update': defineMessage(AppSettingsPatchSchema, AppSettingsSchema),
  /** Extension pages only: what the evidence pack needs beside `order.get` (issue 15 item 8). */
  'order.history': defineMessage(z.object({ key: OrderKeySchema }), OrderHistorySchema.nullable()),
};
export type BackgroundMessages = typeof backgroundMessages;
