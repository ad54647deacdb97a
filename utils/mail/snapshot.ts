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

export const MailMessageSchema = z.object({
  /** The provider's message id where the page has one, else a stable index-based id. */
  id: z.string().max(256),
  from: PersonSchema,
  to: z.array(PersonSchema).max(500),
  cc: z.array(PersonSchema).max(500),
  /** ISO 8601 with the page's local offset, or null when the page shows no readable date. */
  sentAt: z.string().nullable(),
  collapsed: z.boolean(),
  /** The message's own new text: quoted history and signature split off. */
  text: z.string(),
  /** Quoted history, kept apart. */
  quoted: z.string(),
  /** The signature block, when one was split off. */
  signature: z.string().default(''),
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

export const ThreadSnapshotSchema = z.object({
  provider: ProviderSchema,
  threadId: z.string().nullable(),
  subject: z.string().nullable(),
  messages: z.array(MailMessageSchema).max(1000),
  compose: z.array(ComposeSnapshotSchema).max(20),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshotSchema>;
