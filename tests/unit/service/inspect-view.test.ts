import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** The Gmail thread fixture with josé@ and billing=ap@ added to every visible and detailed recipient line that names Priya. */
function threadWithOddAddresses(): string {
  const page = readFileSync('tests/fixtures/gmail/thread-agreement.html', 'utf8');
  const visible = (email: string, name: string) =>
    `, <span translate="no" class="qu"><span email="${email}" name="${name}" data-hovercard-id="${email}" class="g2" data-hovercard-owner-id="61">${name}</span></span>`;
  const detailed = (email: string, name: string) =>
    `, <span translate="no" class="qu"><span email="${email}" name="${name}" data-hovercard-id="${email}" class="g2">${name}</span> <span class="go"><span aria-hidden="true">&lt;</span>${email}<span aria-hidden="true">&gt;</span></span></span>`;
  const priyaShort =
    '<span email="priya.nair@northwind-analytics.example" name="Priya Nair" data-hovercard-id="priya.nair@northwind-analytics.example" class="g2" data-hovercard-owner-id="61">Priya</span></span>';
  const priyaLong =
    '<span email="priya.nair@northwind-analytics.example" name="Priya Nair" data-hovercard-id="priya.nair@northwind-analytics.example" class="g2">Priya Nair</span> <span class="go"><span aria-hidden="true">&lt;</span>priya.nair@northwind-analytics.example<span aria-hidden="true">&gt;</span></span></span>';
  expect(page.split(priyaShort).length).toBeGreaterThan(1);
  expect(page.split(priyaLong).length).toBeGreaterThan(1);
  const odd = page
    .split(priyaShort)
    .join(priyaShort + visible('josé@acme-retail.example', 'José Ruiz') + visible('billing=ap@acme-retail.example', 'Acme AP'))
    .split(priyaLong)
    .join(priyaLong + detailed('josé@acme-retail.example', 'José Ruiz') + detailed('billing=ap@acme-retail.example', 'Acme AP'));
  const file = join(mkdtempSync(join(tmpdir(), 'bk-view-')), 'gmail-odd-addresses.html');
  writeFileSync(file, odd);
  return file;
}

describe('inspect view', () => {
  it('shows the client for a thread whose cc line has josé@ and billing=ap@ addresses, with everyone on it', () => {
    const view = inspectView(threadWithOddAddresses());
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
