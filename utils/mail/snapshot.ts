import { z } from 'zod';

export const PROVIDERS = ['gmail', 'outlook'] as const;
export const ProviderSchema = z.enum(PROVIDERS);
export type Provider = z.infer<typeof ProviderSchema>;

/** A participant as the page shows them; `email` lower-cased, `name` may be ''. */
export const PersonSchema = z.object({
  name: z.string().max(300),
  email: z.string().max(320),
});
export type Person = z.infer<typeof PersonSchema>;

/**
 * Most characters of a message's own text, quoted history and signature kept in
 * a snapshot: the tone, deadline and suggestion features need the start of a
 * message, and a 5 MB body must not cost the page or the background seconds.
 */
export const MESSAGE_TEXT_LIMIT = 20_000;
export const QUOTED_TEXT_LIMIT = 20_000;
export const SIGNATURE_TEXT_LIMIT = 2_000;

export const MailMessageSchema = z.object({
  /** The provider's message id where the page has one, else a stable index-based id. */
  id: z.string().max(256),
  from: PersonSchema,
  to: z.array(PersonSchema).max(500),
  cc: z.array(PersonSchema).max(500),
  /** ISO 8601 with the page's local offset, or null when the page shows no readable date. */
  sentAt: z.string().nullable(),
  collapsed: z.boolean(),
  /** The message's own new text: quoted history and signature split off; at most MESSAGE_TEXT_LIMIT characters. */
  text: z.string().max(MESSAGE_TEXT_LIMIT),
  /** Quoted history, kept apart. */
  quoted: z.string().max(QUOTED_TEXT_LIMIT),
  /** The signature block, when one was split off. */
  signature: z.string().max(SIGNATURE_TEXT_LIMIT).default(''),
  /** Present and true when the own text was cut at MESSAGE_TEXT_LIMIT (the rest of the body was not read). */
  truncated: z.boolean().optional(),
});
export type MailMessage = z.infer<typeof MailMessageSchema>;

export const ComposeSnapshotSchema = z.object({
  to: z.array(PersonSchema).max(500),
  cc: z.array(PersonSchema).max(500),
  subject: z.string(),
  /** What the user typed: no signature, no quoted history; paragraphs separated by one blank line. */
  draftText: z.string(),
});
export type ComposeSnapshot = z.infer<typeof ComposeSnapshotSchema>;

/**
 * How the messages were found: `primary` by the provider's selectors, `fallback`
 * by the structure of the reading pane (repeated blocks with a sender and a
 * date) because the selectors found none or fewer than the page shows. A
 * fallback reading is correct but says the selectors need a look.
 */
export const READINGS = ['primary', 'fallback'] as const;
export const ReadingSchema = z.enum(READINGS);
export type Reading = z.infer<typeof ReadingSchema>;

export const ThreadSnapshotSchema = z.object({
  provider: ProviderSchema,
  threadId: z.string().nullable(),
  subject: z.string().nullable(),
  messages: z.array(MailMessageSchema).max(1000),
  compose: z.array(ComposeSnapshotSchema).max(20),
  /** Optional so older snapshots still parse; adapters always set it. */
  reading: ReadingSchema.optional(),
  /**
   * Present when the thread was read only in part, one line per gap a person
   * can understand ("message 3 shows no date", "21 messages behind 'older
   * messages' were not opened"). Absent when everything the page shows was read.
   */
  partlyRead: z.array(z.string().max(300)).max(50).optional(),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshotSchema>;
