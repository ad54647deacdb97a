import { z } from 'zod';
import { ClientSchema, CommitmentSchema, ContactSchema, SettingsSchema } from '../model';
import { ComposeSnapshotSchema, MailMessageSchema, PersonSchema, ThreadSnapshotSchema } from '../mail/snapshot';
import { TRANSFER_MAX_CHARS, TRANSFER_PART_CHARS } from '../backup/transfer';
import { failureSchema, success } from './envelope';
import {
  ClientStatusSchema,
  CorruptRecordSchema,
  ThreadViewSchema,
  TimelineEventSchema,
  TriageCountsSchema,
  TriageRowSchema,
  VariantViewSchema,
} from './views';

export type SenderKind = 'page' | 'content';

/** One row of the table: who may send it, what it carries besides its type, what comes back; `port` when it runs over a port. */
interface EntryDef {
  from: readonly SenderKind[];
  payload: z.ZodRawShape;
  response: z.ZodType;
  port?: string;
}

/** Each row with its request schema: the payload and a `type` that is the row's key, so a type is spelt once. */
type WithRequests<D extends Record<string, EntryDef>> = {
  [K in keyof D & string]: D[K] & { request: z.ZodObject<{ type: z.ZodLiteral<K> } & D[K]['payload'], z.core.$strict> };
};

function withRequests<const D extends Record<string, EntryDef>>(table: D): WithRequests<D> {
  return Object.fromEntries(
    Object.entries(table).map(([type, entry]) => [type, { ...entry, request: z.strictObject({ type: z.literal(type), ...entry.payload }) }]),
  ) as WithRequests<D>;
}

const ok = success({});
const idPayload = { id: z.string().min(1).max(128) };

/**
 * What the background reads of a reported thread. A real thread stays far
 * below these; past them the report is cut, never refused, so one huge
 * message cannot cost the user the sidebar: the latest messages are kept,
 * each message's text is cut to its first 20,000 characters and the whole
 * thread's text to 200,000 (newest first), recipient lists to 200 each.
 * Reading a report at these limits takes the background about a second; a
 * 60 MB report is cut the same way.
 */
export const REPORT_LIMITS = {
  messages: 200,
  recipients: 200,
  messageText: 20_000,
  threadText: 200_000,
  signature: 2_000,
  subject: 1_000,
  compose: 5,
} as const;

const cut = (max: number) => z.string().transform((text) => (text.length > max ? text.slice(0, max) : text));
const firstOf = <T extends z.ZodType>(max: number, item: T) =>
  z
    .array(z.unknown())
    .transform((items) => items.slice(0, max))
    .pipe(z.array(item));
const lastOf = <T extends z.ZodType>(max: number, item: T) =>
  z
    .array(z.unknown())
    .transform((items) => items.slice(-max))
    .pipe(z.array(item));

const ReportedMessageSchema = MailMessageSchema.extend({
  to: firstOf(REPORT_LIMITS.recipients, PersonSchema),
  cc: firstOf(REPORT_LIMITS.recipients, PersonSchema),
  text: cut(REPORT_LIMITS.messageText),
  // The background never reads the quoted history: a little is enough to keep the shape.
  quoted: cut(REPORT_LIMITS.signature),
  signature: cut(REPORT_LIMITS.signature).default(''),
});

export const ReportedThreadSchema = ThreadSnapshotSchema.extend({
  threadId: z.string().max(256).nullable(),
  subject: cut(REPORT_LIMITS.subject).nullable(),
  messages: lastOf(REPORT_LIMITS.messages, ReportedMessageSchema),
  // Cut before each entry is read: a million entries must not cost seconds only to be refused.
  partlyRead: firstOf(50, z.string().max(300)).optional(),
  compose: firstOf(
    REPORT_LIMITS.compose,
    ComposeSnapshotSchema.extend({
      to: firstOf(REPORT_LIMITS.recipients, PersonSchema),
      cc: firstOf(REPORT_LIMITS.recipients, PersonSchema),
      subject: cut(REPORT_LIMITS.subject),
      draftText: cut(REPORT_LIMITS.messageText),
    }),
  ),
}).transform((snapshot) => {
  // The thread's text budget goes to the newest messages first.
  let left: number = REPORT_LIMITS.threadText;
  const messages = [...snapshot.messages];
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i]!;
    if (message.text.length > left) messages[i] = { ...message, text: message.text.slice(0, left) };
    left -= messages[i]!.text.length;
  }
  return { ...snapshot, messages };
});

/**
 * A backup in parts (`utils/backup/transfer`): one message may not exceed
 * 64 MiB, a backup may. The page fetches or sends numbered parts of one
 * transfer, with a progress bar; `backup/restore/finish` then restores the
 * whole text exactly as `backup/restore` does.
 */
const transferIdSchema = z.string().min(1).max(64);
const partIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(Math.ceil(TRANSFER_MAX_CHARS / (TRANSFER_PART_CHARS - 1)));

/** Better wording for a situation: the LLM's variants, or local ones with a notice on any failure. */
const LlmAnswerSchema = success({
  source: z.enum(['llm', 'local']),
  notice: z.string().optional(),
  variants: z.array(VariantViewSchema),
  rewrite: z.object({ text: z.string(), changes: z.array(z.object({ from: z.string(), to: z.string(), why: z.string() })) }).optional(),
});
const llmSuggestPayload = { situation: z.string().max(64), draft: z.string().max(20_000).optional() };

/**
 * The one message protocol between contexts. Each request type names its
 * payload, its response and who may send it: `page` = the extension's own
 * pages (popup, options), `content` = a content script on a mail page, which
 * is hostile territory and gets the narrowest set. Payloads are strict: an
 * extra or wrong field is rejected, logged, and answered with an error.
 */
export const PROTOCOL = withRequests({
  'accounts/load': {
    from: ['page'],
    payload: {},
    response: success({
      clients: z.array(ClientSchema),
      contacts: z.array(ContactSchema),
      commitments: z.array(CommitmentSchema),
      corrupt: z.array(CorruptRecordSchema),
    }),
  },
  'client/save': { from: ['page'], payload: { client: z.unknown() }, response: success({ client: ClientSchema }) },
  'client/delete': { from: ['page'], payload: idPayload, response: ok },
  'contact/save': { from: ['page'], payload: { contact: z.unknown() }, response: success({ contact: ContactSchema }) },
  'contact/delete': { from: ['page'], payload: idPayload, response: ok },
  'commitment/save': {
    from: ['page'],
    payload: { commitment: z.unknown() },
    response: success({ commitment: CommitmentSchema }),
  },
  'commitment/delete': { from: ['page'], payload: idPayload, response: ok },
  'settings/get': {
    from: ['page'],
    payload: {},
    response: success({ settings: SettingsSchema, hasApiKey: z.boolean() }),
  },
  /** The key goes one way only: it is written here and read by nobody but the background's LLM client. */
  'llm/key/set': { from: ['page'], payload: { apiKey: z.string().max(500).nullable() }, response: ok },
  'settings/save': { from: ['page'], payload: { settings: z.unknown() }, response: success({ settings: SettingsSchema }) },
  /**
   * The popup's triage, served from the background's status cache: counts per
   * group and the rows in triage order; `limit` cuts the rows (the first
   * screen), `total` says how many there are.
   */
  'status/triage': {
    from: ['page'],
    payload: { tabId: z.number().int().optional(), limit: z.number().int().min(0).optional() },
    response: success({
      today: z.string(),
      counts: TriageCountsSchema,
      total: z.number().int(),
      rows: z.array(TriageRowSchema),
      overdueCount: z.number().int(),
      corrupt: z.array(CorruptRecordSchema),
      hasSampleData: z.boolean(),
      activeThread: ThreadViewSchema.nullable(),
    }),
  },
  /** One client's full status (health reasons, overdue, next deadline, signals), from the same cache. */
  'status/client': {
    from: ['page'],
    payload: { clientId: z.string().min(1).max(128) },
    response: success({ today: z.string(), status: ClientStatusSchema }),
  },
  'timeline/get': {
    from: ['page'],
    payload: { clientId: z.string() },
    response: success({ events: z.array(TimelineEventSchema) }),
  },
  'backup/export': { from: ['page'], payload: {}, response: success({ text: z.string() }) },
  'backup/restore': {
    from: ['page'],
    payload: {
      text: z.string().max(200_000_000),
      mode: z.enum(['replace', 'merge']),
      /**
       * The LLM endpoint, switches and redaction stay as they are unless the
       * user saw the backup's and chose them (`use-backup`).
       */
      llm: z.enum(['keep', 'use-backup']).optional(),
    },
    response: success({
      counts: z.object({ clients: z.number(), contacts: z.number(), commitments: z.number(), mail: z.number(), dismissals: z.number() }),
      settingsRestored: z.boolean(),
    }),
  },
  'backup/export/start': {
    from: ['page'],
    payload: {},
    response: success({ transferId: transferIdSchema, chars: z.number().int().min(0), parts: z.number().int().min(0) }),
  },
  'backup/export/part': {
    from: ['page'],
    payload: { transferId: transferIdSchema, index: partIndexSchema },
    response: success({ text: z.string().max(TRANSFER_PART_CHARS) }),
  },
  'backup/restore/start': {
    from: ['page'],
    payload: { chars: z.number().int().min(0).max(TRANSFER_MAX_CHARS), parts: partIndexSchema },
    response: success({ transferId: transferIdSchema }),
  },
  'backup/restore/part': {
    from: ['page'],
    payload: { transferId: transferIdSchema, index: partIndexSchema, text: z.string().max(TRANSFER_PART_CHARS) },
    response: ok,
  },
  'backup/restore/finish': {
    from: ['page'],
    payload: {
      transferId: transferIdSchema,
      mode: z.enum(['replace', 'merge']),
      llm: z.enum(['keep', 'use-backup']).optional(),
    },
    response: success({
      counts: z.object({ clients: z.number(), contacts: z.number(), commitments: z.number(), mail: z.number(), dismissals: z.number() }),
      settingsRestored: z.boolean(),
    }),
  },
  'import/commit': {
    from: ['page'],
    payload: { clients: z.array(z.unknown()).max(200_000), contacts: z.array(z.unknown()).max(500_000) },
    response: success({ counts: z.object({ clients: z.number(), contacts: z.number() }) }),
  },
  'sample/load': { from: ['page'], payload: {}, response: success({ added: z.number().int() }) },
  'sample/remove': { from: ['page'], payload: {}, response: success({ removed: z.number().int() }) },
  'thread/report': {
    from: ['content'],
    payload: {
      url: z.string().max(4096),
      snapshot: ReportedThreadSchema,
      /** The account the page says is signed in, when it shows one. */
      account: PersonSchema.nullable().optional(),
    },
    response: success({ view: ThreadViewSchema }),
  },
  'thread/clear': { from: ['content'], payload: { url: z.string().max(4096) }, response: ok },
  /**
   * The user's answer to "Is this you?" about the signed-in account. The page
   * names no address: the background takes the account this tab last reported.
   */
  'account/confirm': { from: ['content'], payload: { own: z.boolean() }, response: ok },
  /** The keyboard shortcut the browser has bound to open the sidebar ('' when none). */
  /** The keys bound to open the sidebar and the command palette ('' when unbound). */
  'sidebar/shortcut': { from: ['content'], payload: {}, response: success({ shortcut: z.string().max(100), palette: z.string().max(100) }) },
  /**
   * Track / dismiss one of the deadlines the background suggested for the
   * thread this tab reported. The content script names the suggestion only:
   * client, thread, kind and date come from what the background remembers
   * for the tab, and a confirm only ever creates a new commitment.
   */
  'deadline/confirm': {
    from: ['content'],
    payload: { suggestionId: z.string().max(512) },
    response: success({ commitment: z.object({ id: z.string(), title: z.string(), dueAt: z.string() }) }),
  },
  'deadline/dismiss': {
    from: ['content'],
    payload: { suggestionId: z.string().max(512) },
    response: ok,
  },
  /** Better wording from the user's LLM, for the thread this tab reported; local variants come back with a notice on any failure. */
  'llm/suggest': {
    from: ['content'],
    payload: llmSuggestPayload,
    response: LlmAnswerSchema,
  },
  /**
   * The same, streamed over a port (runtime.connect) named by `port`: the
   * content script sends this request once, the background answers with
   * deltas and then the answer `llm/suggest` gives. Disconnecting the port
   * cancels the request.
   */
  'llm/stream': {
    from: ['content'],
    port: 'bridgekeeper:llm-stream',
    payload: llmSuggestPayload,
    response: z.discriminatedUnion('type', [
      z.object({ type: z.literal('delta'), text: z.string().max(100_000) }),
      z.object({ type: z.literal('done'), answer: z.union([LlmAnswerSchema, failureSchema]) }),
    ]),
  },
  /**
   * The command palette's writes, for the client of the thread this tab
   * reported (utils/service/thread-actions): a commitment or person is named
   * by what the tab's thread view showed, never by a client id the page chose.
   */
  'commitment/resolve': {
    from: ['content'],
    payload: { commitmentId: z.string().max(128), status: z.enum(['done', 'waived']) },
    response: ok,
  },
  'commitment/told': {
    from: ['content'],
    payload: { commitmentId: z.string().max(128), email: z.string().max(320) },
    response: ok,
  },
  'contact/new-in-role': { from: ['content'], payload: { email: z.string().max(320) }, response: ok },
  'options/open': { from: ['content', 'page'], payload: {}, response: ok },
  /** The tone model's weights (base64), sent once per mail tab: they stay out of the content bundle. */
  'tone/model': { from: ['content'], payload: {}, response: success({ model: z.string().max(200_000) }) },
});

type Protocol = typeof PROTOCOL;
/** Requests sent with runtime.sendMessage, answered once. */
export type RequestType = { [K in keyof Protocol]: Protocol[K] extends { port: string } ? never : K }[keyof Protocol];
/** Requests that open a port and are answered with a stream of events. */
export type PortType = Exclude<keyof Protocol, RequestType>;
export type RequestOf<T extends keyof Protocol> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends RequestType> = z.infer<Protocol[T]['response']> | z.infer<typeof failureSchema>;
export type SuccessOf<T extends RequestType> = z.infer<Protocol[T]['response']>;

/** Whether `type` is a request sent with runtime.sendMessage (own keys only: `toString` or `__proto__` are unknown like any other). */
export function isRequestType(type: string): type is RequestType {
  return Object.hasOwn(PROTOCOL, type) && !('port' in PROTOCOL[type as keyof Protocol]);
}

export const LLM_STREAM_PORT = PROTOCOL['llm/stream'].port;
export const LlmStreamStartSchema = PROTOCOL['llm/stream'].request;
export type LlmStreamStart = RequestOf<'llm/stream'>;
export const LlmStreamEventSchema = PROTOCOL['llm/stream'].response;
export type LlmStreamEvent = z.infer<typeof LlmStreamEventSchema>;
