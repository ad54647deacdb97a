import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectDeadlines } from '../../../utils/deadlines';

type Case = { id: string; sentAt: string; timeZone: string; text: string; expect: Array<{ kind: string; due: string; quote: string }> };

const FIXTURES = fileURLToPath(new URL('../../fixtures/deadlines/', import.meta.url));
const SETS = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.jsonl'))
  .sort();

function load(name: string): Case[] {
  const path = `${FIXTURES}${name}`;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Case);
}

/** Precision and recall of (kind, due) pairs per case, summed over the set, as CONVENTIONS.md scores them. */
function score(cases: Case[]) {
  let hits = 0;
  let predicted = 0;
  let expected = 0;
  for (const item of cases) {
    const want = new Set(item.expect.map((entry) => `${entry.kind} ${entry.due}`));
    const got = new Set(detectDeadlines(item.text, item).map((entry) => `${entry.kind} ${entry.due}`));
    expected += want.size;
    predicted += got.size;
    for (const pair of got) if (want.has(pair)) hits += 1;
  }
  return { precision: predicted ? hits / predicted : 1, recall: expected ? hits / expected : 1 };
}

describe('labelled sentence sets', () => {
  it('finds the shared set and the extra sets', () => {
    expect(SETS).toContain('sentences.jsonl');
    expect(SETS.length).toBeGreaterThan(1);
  });

  it.each(SETS)('%s meets precision and recall of 0.90', (name) => {
    const { precision, recall } = score(load(name));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes, for every labelled deadline it finds, the words the label quotes', () => {
    // CONVENTIONS.md: the label's quote is the evidence a reader needs; the finding's quote must sit on it, not elsewhere in the text.
    const misplaced: string[] = [];
    let checked = 0;
    for (const item of load('sentences.jsonl')) {
      const found = detectDeadlines(item.text, item);
      for (const label of item.expect) {
        const finding = found.find((entry) => entry.kind === label.kind && entry.due === label.due);
        if (!finding) continue;
        const start = item.text.indexOf(label.quote);
        expect(start, `${item.id}: the labelled quote is in the text`).toBeGreaterThanOrEqual(0);
        checked += 1;
        if (finding.end <= start || finding.start >= start + label.quote.length) misplaced.push(`${item.id}: "${finding.quote}" is not on "${label.quote}"`);
      }
    }
    expect(misplaced).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
