import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const url = (JSON.parse(readFileSync('tests/fixtures/gmail/thread-agreement.expected.json', 'utf8')) as { url: string }).url;

function inspectView(page: string) {
  const out = execFileSync(
    'npx',
    ['tsx', 'scripts/inspect.ts', 'view', page, '--url', url, '--book', 'tests/fixtures/view/book.json', '--now', '2026-05-18T14:24:00Z'],
    {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/New_York' },
    },
  );
  return JSON.parse(out) as {
    client: { id: string; name: string } | null;
    people: Array<{ email: string }>;
    signals: Array<{ kind: string }>;
    situations: Array<{ id: string }>;
    error?: string;
  };
}

describe('inspect view', () => {
  it('shows the client for a thread whose cc line has josé@ and billing=ap@ addresses, with everyone on it', () => {
    const view = inspectView('tests/fixtures/view/gmail-odd-addresses.html');
    expect(view.error).toBeUndefined();
    expect(view.client).toEqual({ id: 'acme', name: 'Acme Retail' });
    expect(view.people.map((p) => p.email)).toEqual(
      expect.arrayContaining(['josé@acme-retail.example', 'billing=ap@acme-retail.example', 'helen.whitaker@acme-retail.example']),
    );
    expect(view.signals.map((s) => s.kind)).toContain('heat');
    expect(view.situations.map((s) => s.id)).toContain('de-escalate');
    expect(Object.keys(view)).toEqual(['client', 'people', 'signals', 'situations']);
  }, 60_000);
});
