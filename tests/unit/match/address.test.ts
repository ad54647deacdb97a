import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readAddress } from '../../../utils/model/address';
import { EmailSchema } from '../../../utils/model';

describe('the one address grammar', () => {
  it.each([
    ['josé@acme-retail.example', 'josé@acme-retail.example'],
    ['Ops=Finance@Acme-Retail.example', 'ops=finance@acme-retail.example'],
    ['billing/ap@acme-retail.example', 'billing/ap@acme-retail.example'],
    ['jane@münchen.de', 'jane@xn--mnchen-3ya.de'],
    ['  maria@acme.com ', 'maria@acme.com'],
  ])('accepts %s as %s', (raw, address) => {
    expect(readAddress(raw)).toMatchObject({ ok: true, address });
    expect(EmailSchema.parse(raw)).toBe(address);
  });

  it.each([
    ['x@ａｃｍｅ-retail.example', /fullwidth/],
    ['x@acme-retail。example', /ideographic full stop/],
    ['x@acme-re\u200btail.example', /invisible/],
    ['x@acme-re\u00adtail.example', /invisible/],
    ['x@acme-retail.example.', /ends in a dot/],
    ['x@acme-re\u0301tail.example', /folding|normal form/],
    ['no-at-sign', /no "@"/],
    ['two..dots@acme.com', /local part/],
    ['a b@acme.com', /local part/],
  ])('refuses %s with a reason', (raw, reason) => {
    const read = readAddress(raw);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
    expect(EmailSchema.safeParse(raw).success).toBe(false);
  });
});

describe('inspect match', () => {
  it('matches the legitimate addresses and refuses every look-alike with a reason', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/inspect.ts', 'match', 'tests/fixtures/match/book.json', 'tests/fixtures/match/addresses.txt'], {
      encoding: 'utf8',
    });
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { address: string; clientId: string | null; reason: string });
    const byAddress = new Map(lines.map((l) => [l.address, l]));
    for (const address of [
      'helen.whitaker@acme-retail.example',
      'maria@acme-retail.example',
      'ops@eu.acme-retail.example',
      'josé@acme-retail.example',
      'billing=ap@acme-retail.example',
    ]) {
      expect(byAddress.get(address)?.clientId).toBe('acme');
    }
    expect(byAddress.get('rachel.kim@gmail.com')?.clientId).toBe('globex');
    const lookAlikes = lines.filter((l) => /^x@/.test(l.address));
    expect(lookAlikes.length).toBe(7);
    for (const l of lookAlikes) {
      expect(l.clientId).toBeNull();
      expect(l.reason).not.toBe('');
    }
    expect(Object.keys(lines[0]!)).toEqual(['address', 'clientId', 'reason']);
  }, 30_000);
});
