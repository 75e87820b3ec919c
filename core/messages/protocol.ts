import { safeParse } from 'zod/mini';
import type { $ZodType, input, output } from 'zod/v4/core';

// One typed, validated message layer for every context boundary. `zod/mini`'s functional
// `safeParse` accepts full zod schemas too, and keeps the content script's bundle small.
// Transport and sender facts are injected, so this file stays free of extension APIs.

export interface MessageSpec<Req extends $ZodType = $ZodType, Res extends $ZodType = $ZodType> {
  request: Req;
  reply: Res;
}
export type MessageTable = Record<string, MessageSpec>;

export function defineMessage<Req extends $ZodType, Res extends $ZodType>(
  request: Req,
  reply: Res,
): MessageSpec<Req, Res> {
  return { request, reply };
}

/** Marks our envelopes so that listeners leave other extensions' or pages' messages alone. */
export const ENVELOPE_TAG = 'mcf-desk/1';

export interface Envelope {
  tag: typeof ENVELOPE_TAG;
  type: string;
  payload: unknown;
}

export const ERROR_CODES = ['bad-request', 'forbidden', 'not-found', 'failed'] as const;
export type MessageErrorCode = (typeof ERROR_CODES)[number];
export interface MessageErrorBody {
  code: MessageErrorCode;
  message: string;
  issues?: string[];
}
export type WireReply = { ok: true; value: unknown } | { ok: false; error: MessageErrorBody };

/** Thrown by a client when the other side refused a message; handlers may throw it too. */
export class MessageError extends Error {
  constructor(
    readonly code: MessageErrorCode,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

export function isEnvelope(raw: unknown): raw is Envelope {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    (raw as Envelope).tag === ENVELOPE_TAG &&
    typeof (raw as Envelope).type === 'string'
  );
}

function isWireReply(raw: unknown): raw is WireReply {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'value' in r;
  return (
    r.ok === false &&
    typeof r.error?.message === 'string' &&
    (ERROR_CODES as readonly unknown[]).includes(r.error.code)
  );
}

export type RequestOf<T extends MessageTable, K extends keyof T> = input<T[K]['request']>;
export type ReplyOf<T extends MessageTable, K extends keyof T> = output<T[K]['reply']>;

export type Transport = (envelope: Envelope) => Promise<unknown>;

/**
 * A typed sender. With a table, the request is checked before it leaves and the reply when it
 * arrives. Without one (the content script, which trusts our own background and must stay
 * lean), only the reply envelope is checked; the receiver always validates the request.
 */
export function createClient<T extends MessageTable>(transport: Transport, table?: T) {
  return async function send<K extends keyof T & string>(
    type: K,
    payload: RequestOf<T, K>,
  ): Promise<ReplyOf<T, K>> {
    const spec = table?.[type];
    if (spec) {
      const checked = safeParse(spec.request, payload);
      if (!checked.success)
        throw new MessageError('bad-request', `${type}: ${describeIssues(checked.error)}`);
    }
    const raw = await transport({ tag: ENVELOPE_TAG, type, payload });
    if (!isWireReply(raw)) throw new MessageError('failed', `${type}: no valid reply`);
    if (!raw.ok) throw new MessageError(raw.error.code, raw.error.message, raw.error.issues);
    if (!spec) return raw.value as ReplyOf<T, K>;
    const reply = safeParse(spec.reply, raw.value);
    if (!reply.success) throw new MessageError('failed', `${type}: malformed reply`);
    return reply.data as ReplyOf<T, K>;
  };
}

export type Handlers<T extends MessageTable, S> = {
  [K in keyof T]: (payload: output<T[K]['request']>, sender: S) => Promise<input<T[K]['reply']>>;
};

/**
 * A receiver. It returns `undefined` for anything that is not one of its messages (so another
 * listener may answer it) and otherwise a real Promise of a reply: Chromium's native `browser`
 * object drops thenables that are not Promises.
 */
export function createRouter<T extends MessageTable, S>(
  table: T,
  handlers: Partial<Handlers<T, S>>,
  /** Checked before the payload is parsed; `type` is the message's (for per-message sender rules). */
  options: { isAllowedSender: (sender: S, type: string) => boolean },
) {
  const handles = (raw: unknown): raw is Envelope =>
    isEnvelope(raw) && Object.hasOwn(handlers, raw.type) && Object.hasOwn(table, raw.type);

  async function route(envelope: Envelope, sender: S): Promise<WireReply> {
    if (!options.isAllowedSender(sender, envelope.type)) {
      return { ok: false, error: { code: 'forbidden', message: `${envelope.type}: sender not allowed` } };
    }
    const spec = table[envelope.type] as MessageSpec;
    const parsed = safeParse(spec.request, envelope.payload);
    if (!parsed.success) {
      const issues = issueList(parsed.error);
      return {
        ok: false,
        error: { code: 'bad-request', message: `${envelope.type}: invalid payload`, issues },
      };
    }
    const handler = handlers[envelope.type] as (p: unknown, s: S) => Promise<unknown>;
    try {
      return { ok: true, value: await handler(parsed.data, sender) };
    } catch (error) {
      if (error instanceof MessageError) {
        return { ok: false, error: { code: error.code, message: error.message, issues: error.issues } };
      }
      return {
        ok: false,
        error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
      };
    }
  }

  return (raw: unknown, sender: S): Promise<WireReply> | undefined =>
    handles(raw) ? route(raw, sender) : undefined;
}

interface IssueLike {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}
function issueList(error: IssueLike): string[] {
  return error.issues.slice(0, 20).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}
function describeIssues(error: IssueLike): string {
  return issueList(error).join('; ');
}
