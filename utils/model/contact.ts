import { z } from 'zod';
import { EmailSchema, IdSchema, SampleFlagShape, SchemaVersionShape, TimestampsShape } from './common';

export const CONTACT_ROLES = ['champion', 'decision-maker', 'finance', 'user', 'leadership', 'other'] as const;

export const ContactSchema = z.object({
  ...SchemaVersionShape,
  id: IdSchema,
  clientId: IdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  emails: z.array(EmailSchema).min(1, 'needs at least one address').max(20),
  role: z.enum(CONTACT_ROLES),
  /** A new leader is a risk: budgets get re-examined. */
  newInRole: z.boolean().default(false),
  title: z.string().trim().max(200).default(''),
  notes: z.string().max(10_000).default(''),
  ...TimestampsShape,
  ...SampleFlagShape,
});
export type Contact = z.infer<typeof ContactSchema>;
export type ContactRole = Contact['role'];
