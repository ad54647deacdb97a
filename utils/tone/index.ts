import { z } from 'zod';
import { LIMIT_MARKERS, RULES, SOFTENERS, negatedBefore, type ToneCategory } from './rules';

export type { ToneCategory } from './rules';

export const TONE_LEVELS = ['calm', 'firm', 'heated', 'hostile'] as const;
export type ToneLevel = (typeof TONE_LEVELS)[number];

export const FindingSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  category: z.string(),
  severity: z.enum(['low', 'medium', 'high']),
  message: z.string(),
  suggestion: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ToneContextSchema = z.object({
  clientName: z.string().optional(),
  clientTier: z.enum(['key', 'standard']).optional(),
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

export type Sensitivity = 'relaxed' | 'normal' | 'strict';

/** Score at which a draft reads heated / hostile, before context and sensitivity. */
const HEATED_AT = 36;
const HOSTILE_AT = 68;
const SENSITIVITY_SHIFT: Record<Sensitivity, number> = { relaxed: 10, normal: 0, strict: -10 };

const QUOTE_HEADER = /^(?:On .{4,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|From:\s.+$|Am .{4,120}schrieb .{1,120}:\s*$|Le .{4,120}a écrit\s*:\s*$)/im;

/** The draft without quoted history: `>` lines and everything from a reply header on. */
export function stripQuotedHistory(text: string): string {
  const header = QUOTE_HEADER.exec(text);
  const own = header ? text.slice(0, header.index) : text;
  return own
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
}

function severityOf(weight: number): Finding['severity'] {
  return weight >= 28 ? 'high' : weight >= 18 ? 'medium' : 'low';
}

/** SHOUTING: runs of capitalised words and !!!/???. */
function shoutingFindings(text: string): Array<Finding & { weight: number }> {
  const out: Array<Finding & { weight: number }> = [];
  for (const m of text.matchAll(/\b[A-Z][A-Z']{2,}(?:\s+[A-Z][A-Z']{1,})*\b/g)) {
    const words = m[0].split(/\s+/).filter((w) => w.length >= 3);
    // Acronyms (PO, SOW, CEO, QBR) are not shouting; a capitalised word that is also a common word is.
    if (!words.length || words.every((w) => w.length <= 4 && !/^(?:NOT|NOW|NEVER|STOP|WHY|THIS|YOUR|MUST|AGAIN|TODAY|NO)$/.test(w))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, category: 'shouting', severity: 'medium', message: 'Capitals read as shouting.', suggestion: m[0].toLowerCase(), weight: 12 + 4 * Math.min(words.length, 4) });
  }
  for (const m of text.matchAll(/[!?]{3,}|!{2,}/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, category: 'shouting', severity: 'medium', message: 'Repeated "!" or "?" reads as shouting.', suggestion: m[0].includes('?') ? '?' : '.', weight: 14 });
  }
  return out;
}

export function analyzeTone(rawText: string, context: ToneContext = {}, options: { sensitivity?: Sensitivity } = {}): ToneResult {
  const text = rawText.length > 200_000 ? rawText.slice(0, 200_000) : rawText;
  const findings: Array<Finding & { weight: number }> = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      if (!m[0] || negatedBefore(text, m.index, rule.category)) continue;
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        category: rule.category,
        severity: severityOf(rule.weight),
        message: rule.message,
        ...(rule.suggestion !== undefined ? { suggestion: rule.suggestion } : {}),
        weight: rule.weight,
      });
    }
  }
  findings.push(...shoutingFindings(text));
  findings.sort((a, b) => a.start - b.start || b.end - a.end);

  // Overlapping matches of one category count once.
  const kept: typeof findings = [];
  for (const f of findings) {
    const previous = kept[kept.length - 1];
    if (previous && f.start < previous.end && previous.category === f.category) continue;
    kept.push(f);
  }

  const categories = new Set<ToneCategory | 'shouting'>(kept.map((f) => f.category as ToneCategory));
  const raw = kept.reduce((sum, f) => sum + f.weight, 0) + (categories.size > 1 ? 6 * (categories.size - 1) : 0);
  let softening = 0;
  for (const softener of SOFTENERS) {
    softener.pattern.lastIndex = 0;
    const count = [...text.matchAll(softener.pattern)].length;
    softening += Math.min(count, 2) * softener.weight;
  }
  // Softeners cool a hard message, but never cancel an attack outright.
  const heat = Math.max(0, raw - Math.min(softening, raw * 0.45));
  LIMIT_MARKERS.lastIndex = 0;
  const limit = LIMIT_MARKERS.test(text);
  const base = heat > 0 ? 100 * (1 - Math.exp(-heat / 42)) : 0;
  const score = Math.round(Math.min(100, Math.max(base, limit ? 22 : 0)) * 10) / 10;

  const reasons: string[] = [];
  let shift = SENSITIVITY_SHIFT[options.sensitivity ?? 'normal'];
  if (context.clientTier === 'key' && context.clientHealth === 'at-risk') {
    shift -= 10;
    reasons.push(`${context.clientName ?? 'This'} is a key client at risk: warning at a lower threshold.`);
  }
  if (context.recipientNewInRole) {
    shift -= 5;
    reasons.push('The recipient is new in their role: first impressions weigh more.');
  }
  if ((context.incomingHeat ?? 0) >= 60) {
    shift -= 5;
    reasons.push('Their last message was heated: answering in kind escalates.');
  }
  const heatedAt = HEATED_AT + shift;
  const hostileAt = HOSTILE_AT + shift;
  const level: ToneLevel = score >= hostileAt ? 'hostile' : score >= heatedAt ? 'heated' : limit || score >= 20 ? 'firm' : 'calm';
  const warn = level === 'heated' || level === 'hostile';
  if (warn && kept.length) reasons.unshift(`${kept.length} phrase${kept.length === 1 ? '' : 's'} likely to escalate.`);

  return { score, level, findings: kept.map(({ weight: _w, ...f }) => f), warn, reasons };
}

/** The draft with one finding's phrase replaced by its suggestion. */
export function applyFinding(text: string, finding: Finding): string {
  if (finding.suggestion === undefined) return text;
  return text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end);
}
