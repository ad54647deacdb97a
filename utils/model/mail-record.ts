import { z } from 'zod';
import { CommitmentKindSchema } from './commitment';
import { EmailSchema, IdSchema, IsoDateSchema, IsoDateTimeSchema, SchemaVersionShape } from './common';

/**
 * What the background keeps of one message it has seen on screen in a matched
 * thread: enough for relationship signals (silence, heat, stakeholder gaps),
 * never the body itself.
 */
export const MailRecordSchema = z.object({
  ...SchemaVersionShape,
  /** provider:threadId:messageId, stable across visits. */
  id: IdSchema,
  clientId: IdSchema,
  provider: z.enum(['gmail', 'outlook']),
  threadId: z.string().max(256),
  from: EmailSchema,
  /** Sender's name as shown, for the timeline. */
  fromName: z.string().max(300).default(''),
  to: z.array(EmailSchema).default([]),
  cc: z.array(EmailSchema).default([]),
  sentAt: IsoDateTimeSchema,
  /** Written by the client (true) or by us (false). */
  inbound: z.boolean(),
  /** Tone engine score of the message's own text, 0..100. */
  heat: z.number().min(0).max(100),
  /** Deadlines the message mentions, for stakeholder gaps. */
  mentions: z.array(z.object({ kind: CommitmentKindSchema, due: IsoDateSchema })).default([]),
  /** A leadership title found in the sender's signature ("VP", "Chief …"). */
  senderTitle: z.string().max(200).optional(),
});
export type MailRecord = z.infer<typeof MailRecordSchema>;

/** A suggested commitment the user dismissed: remembered so it is not offered again. */
export const DismissalSchema = z.object({
  ...SchemaVersionShape,
  id: IdSchema,
  clientId: IdSchema.optional(),
  at: IsoDateTimeSchema,
});
export type Dismissal = z.infer<typeof DismissalSchema>;
