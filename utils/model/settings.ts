import { z } from 'zod';
import { SENSITIVITIES } from '../tone/schema';
import { EmailSchema, IdSchema, SCHEMA_VERSION, SchemaVersionShape } from './common';

export const LlmSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  baseUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL like https://api.openai.com/v1' }).default('https://api.openai.com/v1'),
  model: z.string().trim().min(1, 'must not be empty').max(200).default('gpt-4o-mini'),
  /** Send for every client, or only those listed. */
  allClients: z.boolean().default(false),
  clientIds: z.array(IdSchema).default([]),
  redact: z
    .object({
      emails: z.boolean().default(true),
      phones: z.boolean().default(true),
      amounts: z.boolean().default(false),
    })
    .default({ emails: true, phones: true, amounts: false }),
  timeoutMs: z.number().int().min(1000).max(120_000).default(20_000),
});
export type LlmSettings = z.infer<typeof LlmSettingsSchema>;

/** Settings (without the API key, which lives apart in chrome.storage.local). */
export const SettingsSchema = z.object({
  ...SchemaVersionShape,
  ownAddresses: z.array(EmailSchema).default([]),
  /** Signed-in accounts the user said are not theirs ("Is this you?" answered no). */
  notOwnAddresses: z.array(EmailSchema).default([]),
  toneSensitivity: z.enum(SENSITIVITIES).default('normal'),
  /** "never hold, only show". */
  holdOnRisk: z.boolean().default(true),
  /** Business days of silence after our last message before it is a signal. */
  silenceDays: z
    .object({ key: z.number().int().min(1).max(60).default(3), standard: z.number().int().min(1).max(60).default(5) })
    .default({ key: 3, standard: 5 }),
  /** Days an agreement may wait for signature before it counts against health. */
  agreementUnsignedDays: z.number().int().min(1).max(365).default(30),
  llm: LlmSettingsSchema.default(LlmSettingsSchema.parse({})),
  /** Show the sidebar's debug log (what was read from the page, what the background answered). */
  debugLog: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return SettingsSchema.parse({ schemaVersion: SCHEMA_VERSION });
}
