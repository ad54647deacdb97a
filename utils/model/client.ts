import { z } from 'zod';
import { DomainSchema, IdSchema, MoneySchema, SampleFlagShape, SchemaVersionShape, TimestampsShape } from './common';

export const CLIENT_TIERS = ['key', 'standard'] as const;
export const CLIENT_STATUSES = ['active', 'at-risk', 'on-hold', 'churned'] as const;

/** Figures the user keeps for a champion's business case; free text, never guessed. */
export const BusinessFactsSchema = z.object({
  outcomes: z.string().trim().max(2000).default(''),
  usage: z.string().trim().max(2000).default(''),
  switchingCost: z.string().trim().max(2000).default(''),
});

export const ClientSchema = z.object({
  ...SchemaVersionShape,
  id: IdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  domains: z.array(DomainSchema).max(50),
  tier: z.enum(CLIENT_TIERS),
  annualValue: MoneySchema.optional(),
  status: z.enum(CLIENT_STATUSES),
  notes: z.string().max(10_000).default(''),
  /** Free-text rules agreed with the client, e.g. "critical deadlines: tell Maria two weeks ahead". */
  protocols: z.array(z.string().trim().min(1).max(1000)).max(50).default([]),
  facts: BusinessFactsSchema.optional(),
  ...TimestampsShape,
  ...SampleFlagShape,
});
export type Client = z.infer<typeof ClientSchema>;
export type ClientTier = Client['tier'];
export type ClientStatus = Client['status'];
