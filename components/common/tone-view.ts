import type { Finding, ToneLevel, ToneResult } from '../../utils/tone/schema';

/** A finding as the in-page UI shows it: the tone engine's own. */
export type ToneFindingView = Finding;

/** The part of the tone engine's result the in-page UI shows. */
export type ToneView = Omit<ToneResult, 'warn'>;

export const LEVEL_LABEL: Record<ToneLevel, string> = {
  calm: 'Calm',
  firm: 'Firm',
  heated: 'Heated',
  hostile: 'Hostile',
};

/** The draft cut into plain and flagged pieces, for highlighting as text (never as HTML). */
export function highlightSegments(text: string, findings: ToneFindingView[]): Array<{ text: string; finding?: ToneFindingView }> {
  const sorted = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Array<{ text: string; finding?: ToneFindingView }> = [];
  let cursor = 0;
  for (const finding of sorted) {
    if (finding.start < cursor) continue; // overlapping: the first, longest one wins
    if (finding.start > cursor) out.push({ text: text.slice(cursor, finding.start) });
    out.push({ text: text.slice(finding.start, finding.end), finding });
    cursor = finding.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor) });
  return out;
}
