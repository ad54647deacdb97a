/**
 * VS Code-style fuzzy matching: every character of the query appears in the
 * text, in order, case-insensitively. Runs at the start of a word and
 * consecutive characters score higher; a gap costs a little. `null` when the
 * text does not match at all.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return 0;
  const t = text.toLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of q) {
    if (char === ' ') continue;
    const at = t.indexOf(char, from);
    if (at < 0) return null;
    const wordStart = at === 0 || /[\s\-—:/(·,.]/.test(t[at - 1]!);
    score += 1;
    if (at === previous + 1) score += 3;
    if (wordStart) score += 4;
    score -= Math.min(at - from, 5) * 0.1;
    previous = at;
    from = at + 1;
  }
  return score;
}
