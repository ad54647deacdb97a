import { z } from 'zod';
import { EmailSchema, IdSchema, SampleFlagShape, SchemaVersionShape, TimestampsShape } from './common';

export const CONTACT_ROLES = ['champion', 'decision-maker', 'finance', 'user', 'leadership', 'other'] as const;

/** How a role reads to the user: "Helen Whitaker — Decision maker". */
export const CONTACT_ROLE_LABELS: Record<(typeof CONTACT_ROLES)[number], string> = {
  champion: 'Champion',
  'decision-maker': 'Decision maker',
  finance: 'Finance',
  user: 'User',
  leadership: 'Leadership',
  other: 'Contact',
};

/** The label of a role as it arrives in a view (a plain string there); an unknown one reads as itself. */
export function contactRoleLabel(role: string | undefined): string {
  if (role === undefined) return CONTACT_ROLE_LABELS.other;
  return Object.hasOwn(CONTACT_ROLE_LABELS, role) ? CONTACT_ROLE_LABELS[role as ContactRole] : role;
}

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
