import { z } from 'zod';
import { CLIENT_TIERS } from '../model/client';

export const TONE_LEVELS = ['calm', 'firm', 'heated', 'hostile'] as const;
export type ToneLevel = (typeof TONE_LEVELS)[number];

/** How readily a draft is held: the one list the settings, the thread view and the CLI take theirs from. */
export const SENSITIVITIES = ['relaxed', 'normal', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const RewriteSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});

export const FindingSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  category: z.string(),
  severity: z.enum(['low', 'medium', 'high']),
  message: z.string(),
  /** The calmer sentence, as shown ("Try: …"). */
  suggestion: z.string().optional(),
  /** Where the suggestion goes: the whole sentence that carries the phrase. */
  rewrite: RewriteSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** What the background knows of the thread that makes a draft riskier; it reaches the content script in the thread view. */
export const ToneContextSchema = z.object({
  clientName: z.string().optional(),
  clientTier: z.enum(CLIENT_TIERS).optional(),
  clientHealth: z.enum(['ok', 'watch', 'at-risk']).optional(),
  openConflicts: z.number().int().min(0).optional(),
  recipientRole: z.string().optional(),
  recipientNewInRole: z.boolean().optional(),
  incomingHeat: z.number().min(0).max(100).optional(),
});
export type ToneContext = z.infer<typeof ToneContextSchema>;

export const ToneResultSchema = z.object({
  score: z.number().min(0).max(100),
  level: z.enum(TONE_LEVELS),
  findings: z.array(FindingSchema),
  warn: z.boolean(),
  reasons: z.array(z.string()),
});
export type ToneResult = z.infer<typeof ToneResultSchema>;
