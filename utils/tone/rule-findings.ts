import type { Finding } from './schema';
import { RULES, negatedBefore } from './rules';

/** A rule's finding, with the rule's id (shouting comes from its own reader) and how much heat it adds. */
export type WeightedFinding = Finding & { weight: number; ruleId?: string };

export function severityOf(weight: number): Finding['severity'] {
  return weight >= 28 ? 'high' : weight >= 18 ? 'medium' : 'low';
}

/** SHOUTING: runs of capitalised words and !!!/???. */
function shoutingFindings(text: string): Array<Finding & { weight: number }> {
  const out: Array<Finding & { weight: number }> = [];
  for (const m of text.matchAll(/\b[A-Z][A-Z']{2,}(?:\s+[A-Z][A-Z']{1,})*\b/g)) {
    const words = m[0].split(/\s+/).filter((w) => w.length >= 3);
    // Acronyms (PO, SOW, CEO, QBR) are not shouting; a capitalised word that is also a common word is.
    if (!words.length || words.every((w) => w.length <= 4 && !/^(?:NOT|NOW|NEVER|STOP|WHY|THIS|YOUR|MUST|AGAIN|TODAY|NO)$/.test(w))) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: 'shouting',
      severity: 'medium',
      message: 'Capitals read as shouting.',
      weight: 12 + 4 * Math.min(words.length, 4),
    });
  }
  for (const m of text.matchAll(/[!?]{3,}|!{2,}/g)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      category: 'shouting',
      severity: 'medium',
      message: 'Repeated "!" or "?" reads as shouting.',
      weight: 14,
    });
  }
  return out;
}

/** What the phrase rules see in a draft: one finding per rule hit, overlaps of one category merged. */
export function ruleFindings(text: string): WeightedFinding[] {
  const findings: WeightedFinding[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      if (!m[0] || negatedBefore(text, m.index, rule.category)) continue;
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        category: rule.category,
        ruleId: rule.id,
        severity: severityOf(rule.weight),
        message: rule.message,
        weight: rule.weight,
      });
    }
  }
  findings.push(...shoutingFindings(text));
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: WeightedFinding[] = [];
  for (const f of findings) {
    const previous = kept[kept.length - 1];
    if (previous && f.start < previous.end && previous.category === f.category) continue;
    kept.push(f);
  }
  return kept;
}
