import { describe, expect, it } from 'vitest';
import { redact, restore } from '../../../utils/llm';

const ALL = { emails: true, phones: true, amounts: true };

type Row = { kind: string; trigger: string; masked: string; nearMiss: string };

const ROWS: Row[] = [
  {
    kind: 'email',
    trigger: 'write to maria.gonzalez@acme-retail.example today',
    masked: 'maria.gonzalez@acme-retail.example',
    nearMiss: 'write to Maria at Acme today',
  },
  { kind: 'email', trigger: 'cc Legal <legal@acme-retail.example>', masked: 'legal@acme-retail.example', nearMiss: 'cc @legal on the thread' },
  { kind: 'phone', trigger: 'call +1 (617) 555-0142 now', masked: '+1 (617) 555-0142', nearMiss: 'order form NWA-2026-0417 now' },
  { kind: 'phone', trigger: 'call 617-555-0142 now', masked: '617-555-0142', nearMiss: 'due 2026-05-18 now' },
  { kind: 'phone', trigger: 'ring 555-0142 today', masked: '555-0142', nearMiss: 'saved 11,600 hours today' },
  { kind: 'phone', trigger: 'London +44 20 7946 0958 desk', masked: '+44 20 7946 0958', nearMiss: 'PO 7731 for the 2026 pilot' },
  { kind: 'phone', trigger: 'call +16175550142 now', masked: '+16175550142', nearMiss: 'invoice 4471 now' },
  { kind: 'phone', trigger: 'call 6175550142 now', masked: '6175550142', nearMiss: 'call 617 now' },
  { kind: 'phone', trigger: 'call ６１７-５５５-０１４２ now', masked: '６１７-５５５-０１４２', nearMiss: 'call ６１７ now' },
  { kind: 'email', trigger: 'mail jane@münchen.de soon', masked: 'jane@münchen.de', nearMiss: 'mail Jane in München soon' },
  { kind: 'email', trigger: 'mail josé@acme-retail.example soon', masked: 'josé@acme-retail.example', nearMiss: 'mail José at Acme soon' },
  { kind: 'email', trigger: 'write to jane at acme dot com please', masked: 'jane at acme dot com', nearMiss: 'write to Jane at the office please' },
  {
    kind: 'email',
    trigger: 'write to jane (at) acme (dot) co (dot) uk please',
    masked: 'jane (at) acme (dot) co (dot) uk',
    nearMiss: 'write to Jane (at home) please',
  },
  { kind: 'email', trigger: 'mail ｊａｎｅ＠ａｃｍｅ．ｃｏｍ soon', masked: 'ｊａｎｅ＠ａｃｍｅ．ｃｏｍ', nearMiss: 'mail ｊａｎｅ soon' },
  { kind: 'amount', trigger: 'costs $186,000 a year', masked: '$186,000', nearMiss: 'costs 30% less a year' },
  { kind: 'amount', trigger: 'saved $540k at loaded cost', masked: '$540k', nearMiss: 'saved 3.1 hours per week' },
  { kind: 'amount', trigger: 'a budget of USD 40,000 for it', masked: 'USD 40,000', nearMiss: 'a budget of 40 users for it' },
  { kind: 'amount', trigger: 'about 12,500 EUR in fees', masked: '12,500 EUR', nearMiss: 'about 12,500 users in total' },
  { kind: 'amount', trigger: 'a €1.2m contract', masked: '€1.2m', nearMiss: 'a 1.2 release' },
];

describe('redact', () => {
  describe.each(ROWS)('$kind: "$masked"', ({ kind, trigger, masked, nearMiss }) => {
    it('is masked with a numbered token', () => {
      const out = redact(trigger, ALL);
      expect(out.text).toBe(trigger.replace(masked, `[${kind} 1]`));
      expect(out.replacements).toEqual([{ token: `[${kind} 1]`, original: masked, kind }]);
    });
    it('leaves the near miss alone', () => {
      expect(redact(nearMiss, ALL)).toEqual({ text: nearMiss, replacements: [] });
    });
  });

  it('gives the same value the same token and different values the next number', () => {
    const out = redact('a@x.example, b@x.example, a@x.example', ALL);
    expect(out.text).toBe('[email 1], [email 2], [email 1]');
  });

  it('keeps the full stop that ends a sentence after an amount', () => {
    expect(redact('It costs $186,000.', ALL).text).toBe('It costs [amount 1].');
  });

  it('masks only the kinds switched on', () => {
    const text = 'Call +1 (617) 555-0142 or sam@northwind-analytics.example about $5,000.';
    expect(redact(text, { emails: true, phones: false, amounts: false }).text).toBe('Call +1 (617) 555-0142 or [email 1] about $5,000.');
    expect(redact(text, { emails: false, phones: true, amounts: false }).text).toBe('Call [phone 1] or sam@northwind-analytics.example about $5,000.');
  });

  it('is undone by restore', () => {
    const text = 'Call +1 (617) 555-0142 or sam@northwind-analytics.example about $5,000.';
    const out = redact(text, ALL);
    expect(restore(out.text, out.replacements)).toBe(text);
  });
});
