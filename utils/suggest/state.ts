import { z } from 'zod';
import { ClientSchema } from '../model/client';
import { CommitmentSchema } from '../model/commitment';
import { IsoDateSchema } from '../model/common';
import { CONTACT_ROLES, ContactSchema } from '../model/contact';

/** The tone engine's levels, repeated here so suggestions do not depend on it. */
export const HEAT_LEVELS = ['calm', 'firm', 'heated', 'hostile'] as const;
export const HeatLevelSchema = z.enum(HEAT_LEVELS);
export type HeatLevel = z.infer<typeof HeatLevelSchema>;

/**
 * Where a bare score falls when the caller has only a stored score (a
 * MailRecord keeps `heat`, not the level). Pass the tone engine's own level
 * whenever it is at hand: it is the authority.
 */
export const HEAT_LEVEL_FLOORS = { firm: 25, heated: 50, hostile: 75 } as const;

export function levelOfHeat(heat: number): HeatLevel {
  if (heat >= HEAT_LEVEL_FLOORS.hostile) return 'hostile';
  if (heat >= HEAT_LEVEL_FLOORS.heated) return 'heated';
  if (heat >= HEAT_LEVEL_FLOORS.firm) return 'firm';
  return 'calm';
}

/** Someone on the open thread: a known contact (with their role), one of us, or an unknown address. */
export const ThreadParticipantSchema = z.object({
  name: z.string().max(300).default(''),
  email: z.string().max(320),
  role: z.enum([...CONTACT_ROLES, 'own', 'unknown']),
  contactId: z.string().max(128).optional(),
  newInRole: z.boolean().default(false),
});
export type ThreadParticipant = z.infer<typeof ThreadParticipantSchema>;

/** Their latest message on the thread, as the tone engine scored it. */
export const InboundMessageSchema = z.object({
  /** Tone score 0..100. */
  heat: z.number().min(0).max(100),
  /** The tone engine's level; read from `heat` with HEAT_LEVEL_FLOORS when absent. */
  level: HeatLevelSchema.optional(),
  fromName: z.string().max(300).default(''),
  fromEmail: z.string().max(320).default(''),
  on: IsoDateSchema.optional(),
  /** We have written on the thread since. */
  answered: z.boolean().default(false),
});
export type InboundMessage = z.infer<typeof InboundMessageSchema>;

/** Our latest message on the thread, as the tone engine scored it. */
export const OutboundMessageSchema = z.object({
  heat: z.number().min(0).max(100),
  level: HeatLevelSchema.optional(),
  on: IsoDateSchema.optional(),
});
export type OutboundMessage = z.infer<typeof OutboundMessageSchema>;

/**
 * Everything the suggestions read: one client, what we track about it, and
 * the thread on screen. Plain fields, filled by the caller from the match,
 * health, signal and tone results, so this module stands on its own.
 */
export const SuggestStateSchema = z.object({
  /** The user's calendar day. */
  today: IsoDateSchema,
  client: ClientSchema,
  /** The client's contacts (others are ignored). */
  contacts: z.array(ContactSchema).default([]),
  /** The client's commitments, any status (others are ignored). */
  commitments: z.array(CommitmentSchema).default([]),
  /** People on the open thread, ours included. */
  participants: z.array(ThreadParticipantSchema).default([]),
  lastInbound: InboundMessageSchema.optional(),
  lastOutbound: OutboundMessageSchema.optional(),
  /** Business days since our last message with no reply from them; 0 when they wrote last. */
  silenceDays: z.number().int().min(0).default(0),
  /** Business days of silence that count as going quiet (Settings.silenceDays for the client's tier). */
  silenceLimitDays: z.number().int().min(1).max(60).default(3),
  /** The user's name as they sign, when known ("Sam Carter"). */
  ownName: z.string().trim().max(200).optional(),
});
export type SuggestState = z.infer<typeof SuggestStateSchema>;
/** What a caller may pass: defaults filled in by SuggestStateSchema. */
export type SuggestStateInput = z.input<typeof SuggestStateSchema>;
