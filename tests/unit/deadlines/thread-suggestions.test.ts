// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../utils/mail';
import { deadlineSuggestions } from '../../../utils/service/thread';

const NOW = new Date('2026-05-18T14:24:00Z');
const TZ = 'America/New_York';
const TODAY = '2026-05-18';
const expected = JSON.parse(readFileSync('tests/fixtures/gmail/thread-agreement.expected.json', 'utf8')) as { url: string; subject: string };

function acmeThread() {
  const html = readFileSync('tests/fixtures/gmail/thread-agreement.html', 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!--.*?-->\s*/s, '').replace(/<!DOCTYPE html>/i, '');
  const result = gmailAdapter.extractThread(document, expected.url, { timeZone: TZ, now: NOW });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('deadlines found in the Acme Retail thread', () => {
  const snapshot = acmeThread();
  const found = deadlineSuggestions(snapshot, new Set(), new Set(), TZ, TODAY);

  it('does not offer "switched back on at 10:40 this morning" as a deadline', () => {
    expect(found.map((s) => s.quote).join('\n')).not.toContain('switched back on');
    expect(found.filter((s) => s.kind === 'other')).toEqual([]);
  });

  it('gives "we will have to hold all services from 15 May" one card, not one per kind', () => {
    const may15 = found.filter((s) => s.due === '2026-05-15');
    expect(may15).toHaveLength(1);
    expect(may15[0]).toMatchObject({ kind: 'service-hold', also: ['agreement'], title: 'Hold all services' });
  });

  it('marks every date before today as past, and titles none with the subject line', () => {
    expect(found.map((s) => [s.due, s.past])).toEqual([
      ['2026-03-31', true],
      ['2026-02-28', true],
      ['2026-05-15', true],
    ]);
    for (const s of found) expect(s.title).not.toContain(expected.subject.slice(0, 20));
  });

  it('hides a card when any statement of it was dismissed, and marks it tracked when any of its kinds is', () => {
    const hold = found.find((s) => s.due === '2026-05-15')!;
    expect(deadlineSuggestions(snapshot, new Set(), new Set([hold.id]), TZ, TODAY).map((s) => s.due)).not.toContain('2026-05-15');
    const tracked = deadlineSuggestions(snapshot, new Set(['agreement:2026-05-15']), new Set(), TZ, TODAY);
    expect(tracked.find((s) => s.due === '2026-05-15')?.tracked).toBe(true);
  });
});
