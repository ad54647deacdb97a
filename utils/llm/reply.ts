import { z } from 'zod';
import type { SituationId } from '../suggest/situations';
import { segmentsOfText, type Variant, VariantStyleSchema } from '../suggest/variant';
import { type Replacement, restore } from './redact';

/**
 * The only shape a reply may take. Anything else the model adds (an
 * "action", a "command") is dropped by the parse: the reply is data, never
 * something to act on.
 */
export const LlmReplySchema = z.object({
  variants: z
    .array(
      z.object({
        variant: VariantStyleSchema,
        subject: z
          .string()
          .max(500)
          .nullish()
          .transform((s) => s ?? undefined),
        text: z.string().trim().min(1).max(8000),
      }),
    )
    .min(1)
    .max(6),
  rewrite: z
    .object({
      text: z.string().trim().min(1).max(20_000),
      changes: z
        .array(z.object({ from: z.string().max(2000), to: z.string().max(2000), why: z.string().max(1000) }))
        .max(50)
        .default([]),
    })
    .nullish()
    .transform((r) => r ?? undefined),
});

const RefusalSchema = z.object({ refusal: z.string().min(1) });

/** A plain-text answer that declines instead of answering in JSON. */
const REFUSAL_TEXT = /^\s*(?:I['’]m sorry|I am sorry|Sorry,|I can(?:no|['’])t|I cannot|I am unable|I['’]m unable|I won['’]t|I will not)\b/i;

export interface LlmRewrite {
  text: string;
  changes: Array<{ from: string; to: string; why: string }>;
}

export type ReadReply = { kind: 'ok'; variants: Variant[]; rewrite?: LlmRewrite } | { kind: 'refused'; reason: string } | { kind: 'malformed'; detail: string };

/** Models sometimes wrap JSON in a Markdown fence even when asked not to. */
function unfenced(text: string): string {
  const match = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(text);
  return match?.[1] ?? text;
}

function toVariant(
  situation: SituationId,
  v: { variant: Variant['variant']; subject?: string | undefined; text: string },
  replacements: readonly Replacement[],
): Variant {
  const text = restore(v.text, replacements);
  const subject = v.subject === undefined ? undefined : restore(v.subject, replacements);
  const segments = segmentsOfText(text);
  const gaps = [...new Set([...(subject ? segmentsOfText(subject) : []), ...segments].filter((s) => s.placeholder).map((s) => s.text))];
  return { situation, variant: v.variant, ...(subject ? { subject } : {}), text, segments, gaps };
}

/** Reads the model's whole answer: validated variants, a refusal, or a clear reason it could not be read. */
export function readReply(raw: string, situation: SituationId, replacements: readonly Replacement[]): ReadReply {
  const text = unfenced(raw).trim();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (REFUSAL_TEXT.test(text)) return { kind: 'refused', reason: text.slice(0, 300) };
    return { kind: 'malformed', detail: text ? 'the answer was not JSON' : 'the answer was empty' };
  }
  const refusal = RefusalSchema.safeParse(json);
  const parsed = LlmReplySchema.safeParse(json);
  if (!parsed.success) {
    if (refusal.success) return { kind: 'refused', reason: refusal.data.refusal.slice(0, 300) };
    return { kind: 'malformed', detail: parsed.error.issues[0]?.message ?? 'unexpected shape' };
  }
  const { variants, rewrite } = parsed.data;
  return {
    kind: 'ok',
    variants: variants.map((v) => toVariant(situation, v, replacements)),
    ...(rewrite
      ? {
          rewrite: {
            text: restore(rewrite.text, replacements),
            changes: rewrite.changes.map((c) => ({ from: restore(c.from, replacements), to: restore(c.to, replacements), why: c.why })),
          },
        }
      : {}),
  };
}
