import { z } from 'zod';
import { ClientSchema, CommitmentKindSchema, CommitmentSchema, IsoDateSchema } from '../model';
import { SENSITIVITIES, ToneContextSchema, type ToneContext } from '../tone/schema';

/** What the popup, options page and sidebar are shown; built by the background from the core. */

export const HEALTH_LEVELS = ['ok', 'watch', 'at-risk'] as const;
export const HealthViewSchema = z.object({
  level: z.enum(HEALTH_LEVELS),
  score: z.number(),
  /** One sentence per rule that fired, weightiest first. */
  reasons: z.array(z.string()),
  /** The same reasons with what each is about, so a view can say each fact once (utils/health factsOnce). */
  basis: z.array(z.object({ message: z.string(), commitmentId: z.string().optional(), signalId: z.string().optional() })).default([]),
});
export type HealthView = z.infer<typeof HealthViewSchema>;

export const CommitmentViewSchema = z.object({
  commitment: CommitmentSchema,
  /** By its title: "Acme Retail QBR — meeting, in 8 days". */
  description: z.string(),
  overdue: z.boolean(),
});
export type CommitmentView = z.infer<typeof CommitmentViewSchema>;

export const SignalViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  severity: z.enum(['info', 'warn', 'critical']),
  message: z.string(),
  /** The commitment or contact it is about. */
  subjectId: z.string().optional(),
});
export type SignalView = z.infer<typeof SignalViewSchema>;

export const ClientStatusSchema = z.object({
  client: ClientSchema,
  health: HealthViewSchema,
  overdue: z.array(CommitmentViewSchema),
  next: CommitmentViewSchema.nullable(),
  signals: z.array(SignalViewSchema),
  contactCount: z.number().int(),
});
export type ClientStatus = z.infer<typeof ClientStatusSchema>;

/**
 * One client in the popup's triage list: enough to show a row and search it,
 * nothing more (the full ClientStatus comes with `status/client` on a click).
 * `group` is the first that applies: at risk, a deadline within 14 days, silence, else other.
 */
export const TRIAGE_GROUPS = ['at-risk', 'deadline', 'silence', 'other'] as const;
export const TriageGroupSchema = z.enum(TRIAGE_GROUPS);
export type TriageGroup = z.infer<typeof TriageGroupSchema>;
export const TriageRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  key: z.boolean(),
  sample: z.boolean(),
  level: z.enum(HEALTH_LEVELS),
  group: TriageGroupSchema,
  /** The one sentence that put the client in its group ("Acme Retail QBR — meeting, in 8 days"). */
  line: z.string(),
  domains: z.array(z.string()),
});
export type TriageRow = z.infer<typeof TriageRowSchema>;
export const TriageCountsSchema = z.object({ 'at-risk': z.number().int(), deadline: z.number().int(), silence: z.number().int(), other: z.number().int() });
export type TriageCounts = z.infer<typeof TriageCountsSchema>;

export const CorruptRecordSchema = z.object({ store: z.string(), key: z.string(), error: z.string() });

/** Someone on the thread, as the sidebar lists them: the page already shows their name and address. */
export const ParticipantViewSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: z.string().optional(),
  newInRole: z.boolean().optional(),
});

export const DeadlineSuggestionSchema = z.object({
  /** Stable: the same sentence in the same message gives the same id, so a dismissal sticks. */
  id: z.string(),
  kind: CommitmentKindSchema,
  due: IsoDateSchema,
  quote: z.string(),
  title: z.string(),
  messageId: z.string(),
  /** Already tracked as a commitment with the same kind and date. */
  tracked: z.boolean(),
  /** The date had passed when the thread was read: shown as past, not offered as a new deadline. */
  past: z.boolean().default(false),
  /** Other kinds the same sentence ties to this date ("without a signed agreement … hold from 15 May"): one card, not one per kind. */
  also: z.array(CommitmentKindSchema).default([]),
});
export type DeadlineSuggestion = z.infer<typeof DeadlineSuggestionSchema>;

export const VariantViewSchema = z.object({
  variant: z.string(),
  subject: z.string().optional(),
  text: z.string(),
  segments: z.array(z.object({ text: z.string(), placeholder: z.boolean().optional() })),
  gaps: z.array(z.string()),
});
export type VariantView = z.infer<typeof VariantViewSchema>;

export const SituationViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  why: z.string(),
  variants: z.array(VariantViewSchema),
});
export type SituationView = z.infer<typeof SituationViewSchema>;

/** The tone engine's own context schema: the thread view carries it to the content script's local check. */
export const ToneContextViewSchema = ToneContextSchema;
export type ToneContextView = ToneContext;

/**
 * The thread view goes to a content script, which lives on a hostile page:
 * it carries what the sidebar shows and nothing more. The client is a name
 * and an id (never notes, annual value, domains or business facts), an open
 * commitment is its one-line description. These are plain `z.object`s, so the
 * dispatcher's check of every answer strips any other field a handler might
 * add.
 */
export const ThreadClientViewSchema = z.object({ id: z.string(), name: z.string() });

export const ThreadCommitmentViewSchema = z.object({
  id: z.string(),
  /** By its title: "2026 services agreement — agreement, 12 days overdue, unsigned since it was sent 63 days ago". */
  description: z.string(),
  overdue: z.boolean(),
});
export type ThreadCommitmentView = z.infer<typeof ThreadCommitmentViewSchema>;

export const ThreadViewSchema = z.object({
  state: z.enum(['none', 'matched']),
  threadId: z.string().nullable(),
  subject: z.string().nullable(),
  confidence: z.number(),
  reason: z.string(),
  client: ThreadClientViewSchema.optional(),
  health: HealthViewSchema.optional(),
  commitments: z.array(ThreadCommitmentViewSchema),
  participants: z.array(ParticipantViewSchema),
  unknownExternal: z.array(z.object({ email: z.string(), name: z.string(), domain: z.string() })),
  deadlineSuggestions: z.array(DeadlineSuggestionSchema),
  situations: z.array(SituationViewSchema),
  signals: z.array(SignalViewSchema),
  toneContext: ToneContextViewSchema,
  tone: z.object({ sensitivity: z.enum(SENSITIVITIES), holdOnRisk: z.boolean() }),
  /** The user switched the LLM on for this client and stored a key. */
  llm: z.boolean().default(false),
  /** The user switched the debug log on in the options. */
  debugLog: z.boolean().default(false),
  /**
   * The account signed in on the page, and whether it is one of the user's own
   * addresses: `unconfirmed` (first sight) counts as own until the user says no.
   */
  account: z
    .object({ email: z.string(), name: z.string(), status: z.enum(['own', 'unconfirmed', 'not-own']) })
    .nullable()
    .default(null),
});
export type ThreadView = z.infer<typeof ThreadViewSchema>;

export const TimelineEventSchema = z.object({
  at: z.string(),
  kind: z.enum(['message', 'commitment', 'signal']),
  label: z.string(),
  heat: z.number().optional(),
  inbound: z.boolean().optional(),
  severity: z.string().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
