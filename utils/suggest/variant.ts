import { z } from 'zod';
import { SituationIdSchema } from './situations';

export const VARIANT_STYLES = ['warm', 'neutral', 'brief'] as const;
export const VariantStyleSchema = z.enum(VARIANT_STYLES);
export type VariantStyle = z.infer<typeof VariantStyleSchema>;

export const SegmentSchema = z.object({ text: z.string(), placeholder: z.literal(true).optional() });
export type Segment = z.infer<typeof SegmentSchema>;

export const VariantSchema = z.object({
  situation: SituationIdSchema,
  variant: VariantStyleSchema,
  subject: z.string().optional(),
  /** The body, placeholders left visible as "[deadline date]". */
  text: z.string(),
  /** The body cut where placeholders start and end, for highlighting. */
  segments: z.array(SegmentSchema),
  /** Placeholders the user must fill, subject's included, in order of first use. */
  gaps: z.array(z.string()),
});
export type Variant = z.infer<typeof VariantSchema>;

/** A value read from the state, or the placeholder shown in its place when the state does not have it. */
export type Fill = { text: string } | { gap: string };

export function known(text: string): Fill {
  return { text };
}

export function gap(label: string): Fill {
  return { gap: `[${label}]` };
}

export function orGap(value: string | undefined | null, label: string): Fill {
  return value ? known(value) : gap(label);
}

/** What a template may interpolate: text, a fill, pieces already built, or nothing. */
export type Chunk = string | Fill | Segment[] | null | undefined | false;

function pushText(out: Segment[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && !last.placeholder) last.text += text;
  else out.push({ text });
}

function pushChunk(out: Segment[], chunk: Chunk): void {
  if (chunk === null || chunk === undefined || chunk === false) return;
  if (typeof chunk === 'string') return pushText(out, chunk);
  if (Array.isArray(chunk)) {
    for (const segment of chunk) {
      if (segment.placeholder) out.push({ text: segment.text, placeholder: true });
      else pushText(out, segment.text);
    }
    return;
  }
  if ('gap' in chunk) out.push({ text: chunk.gap, placeholder: true });
  else pushText(out, chunk.text);
}

/** A tagged template: `line\`Hi ${firstName},\`` gives segments, fills resolved or left as placeholders. */
export function line(strings: TemplateStringsArray, ...values: Chunk[]): Segment[] {
  const out: Segment[] = [];
  strings.forEach((text, i) => {
    pushText(out, text);
    if (i < values.length) pushChunk(out, values[i]);
  });
  return out;
}

/** Joins parts with a separator, skipping empty ones. */
export function joined(parts: Chunk[], separator: string): Segment[] {
  const out: Segment[] = [];
  let first = true;
  for (const part of parts) {
    const piece: Segment[] = [];
    pushChunk(piece, part);
    if (!piece.length) continue;
    if (!first) pushText(out, separator);
    pushChunk(out, piece);
    first = false;
  }
  return out;
}

/** Paragraphs separated by one blank line, the way the compose box reads them. */
export function paragraphs(...parts: Chunk[]): Segment[] {
  return joined(parts, '\n\n');
}

function textOf(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

export function buildVariant(situation: Variant['situation'], variant: VariantStyle, body: Segment[], subject?: Segment[]): Variant {
  const gaps: string[] = [];
  for (const segment of [...(subject ?? []), ...body]) {
    if (segment.placeholder && !gaps.includes(segment.text)) gaps.push(segment.text);
  }
  return {
    situation,
    variant,
    ...(subject ? { subject: textOf(subject) } : {}),
    text: textOf(body),
    segments: body.map((s) => ({ ...s })),
    gaps,
  };
}

const PLACEHOLDER = /\[[^[\]\n]{1,60}\]/g;

/** Segments of a text written elsewhere (an LLM reply): bracketed "[deadline date]" parts are placeholders. */
export function segmentsOfText(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    pushText(out, text.slice(at, match.index));
    out.push({ text: match[0], placeholder: true });
    at = match.index + match[0].length;
  }
  pushText(out, text.slice(at));
  return out;
}

/** The same segments with the first letter upper-cased, to start a sentence. */
export function sentenceStart(segments: Segment[]): Segment[] {
  const [first, ...rest] = segments;
  if (!first || first.placeholder) return segments;
  return [{ text: first.text.charAt(0).toUpperCase() + first.text.slice(1) }, ...rest];
}
