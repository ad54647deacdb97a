import * as z from 'zod/mini';

/**
 * The popup's first screen: the triage counts and the first rows, asked for
 * before React starts and read with `zod/mini` (14 kB). The full protocol
 * client (`utils/messaging`, zod with every schema: 100 kB to load and run)
 * would cost the popup more than the rest of its first paint; it loads after
 * that paint, for the whole list, the active thread and a client's card.
 */

/** Rows in the first answer: a screenful and more, so the first paint waits for no more than that. */
export const FIRST_ROWS = 30;

const LEVELS = ['ok', 'watch', 'at-risk'] as const;
const GROUPS = ['at-risk', 'deadline', 'silence', 'other'] as const;
const count = z.number().check(z.int());

const TriageRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  key: z.boolean(),
  sample: z.boolean(),
  level: z.enum(LEVELS),
  group: z.enum(GROUPS),
  line: z.string(),
  domains: z.array(z.string()),
});

/** What the first screen reads of `status/triage`; fields it does not show (the active thread) are left for the full client. */
export const FirstScreenSchema = z.object({
  ok: z.literal(true),
  today: z.string(),
  counts: z.object({ 'at-risk': count, deadline: count, silence: count, other: count }),
  total: count,
  rows: z.array(TriageRowSchema),
  overdueCount: count,
  corrupt: z.array(z.object({ store: z.string(), key: z.string(), error: z.string() })),
});
export type FirstScreen = z.infer<typeof FirstScreenSchema>;
export type FirstScreenAnswer = FirstScreen | { ok: false; error: string };

// tests/unit/popup/first-screen.test.ts holds this schema to the protocol's: same rows, same counts, every answer readable.
const FirstScreenAnswerSchema = z.union([FirstScreenSchema, z.object({ ok: z.literal(false), error: z.string() })]);

/**
 * Sends the first `status/triage` (no tab: the active thread comes with the
 * full list) through `transport` and reads the answer. Never throws: a
 * background that does not answer, or answers something else, is a sentence.
 */
export async function requestFirstScreen(transport: (message: unknown) => Promise<unknown>): Promise<FirstScreenAnswer> {
  let raw: unknown;
  try {
    raw = await transport({ type: 'status/triage', limit: FIRST_ROWS });
  } catch (error) {
    return { ok: false, error: `Bridgekeeper's background did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = FirstScreenAnswerSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'Unexpected answer to status/triage.' };
  return parsed.data;
}
