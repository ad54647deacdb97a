import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, SampleFlagShape, SchemaVersionShape, TimestampsShape } from './common';

export const COMMITMENT_KINDS = ['agreement', 'payment', 'renewal', 'service-hold', 'deliverable', 'meeting', 'other'] as const;
export const COMMITMENT_STATUSES = ['open', 'done', 'missed', 'waived'] as const;

export const CommitmentKindSchema = z.enum(COMMITMENT_KINDS);
export type CommitmentKind = z.infer<typeof CommitmentKindSchema>;

/** How a kind reads at the start of a line: "Agreement — due in 5 days". */
export const COMMITMENT_KIND_LABELS: Record<CommitmentKind, string> = {
  agreement: 'Agreement',
  payment: 'Payment',
  renewal: 'Renewal',
  'service-hold': 'Service hold',
  deliverable: 'Deliverable',
  meeting: 'Meeting',
  other: 'Deadline',
};

export const NotificationSchema = z.object({
  contactId: IdSchema,
  at: IsoDateTimeSchema,
});

/** Where a commitment was read from, when it came from mail. */
export const CommitmentSourceSchema = z.object({
  provider: z.enum(['gmail', 'outlook']).optional(),
  threadId: z.string().max(256).optional(),
  messageId: z.string().max(256).optional(),
  quote: z.string().max(2000).optional(),
});

export const CommitmentSchema = z.object({
  ...SchemaVersionShape,
  id: IdSchema,
  clientId: IdSchema,
  kind: CommitmentKindSchema,
  title: z.string().trim().min(1, 'must not be empty').max(300),
  /** The calendar day it is due, in the user's zone. */
  dueAt: IsoDateSchema,
  /** When it went out, e.g. an agreement sent for signature. */
  sentAt: IsoDateSchema.optional(),
  status: z.enum(COMMITMENT_STATUSES),
  notified: z.array(NotificationSchema).default([]),
  source: CommitmentSourceSchema.optional(),
  ...TimestampsShape,
  ...SampleFlagShape,
});
export type Commitment = z.infer<typeof CommitmentSchema>;
