/** The part of the tone engine's result the in-page UI shows (structurally the engine's ToneResult). */
export interface ToneFindingView {
  start: number;
  end: number;
  category: string;
  severity: number | string;
  message: string;
  suggestion?: string | undefined;
  rewrite?: { start: number; end: number; text: string } | undefined;
}

export interface ToneView {
  score: number;
  level: 'calm' | 'firm' | 'heated' | 'hostile';
  findings: ToneFindingView[];
  reasons: string[];
}

export const LEVEL_LABEL: Record<ToneView['level'], string> = {
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
