import { describe, expect, it } from 'vitest';
import { readMoney, readRole, readStatus, readTier, readYesNo, splitDomains, splitEmails, suggestMapping } from '../../../utils/import';

describe('suggestMapping', () => {
  it.each([
    [
      'English',
      ['Company', 'Domain', 'Contact name', 'Email', 'Role', 'Job title'],
      { clientName: 0, clientDomains: 1, contactName: 2, emails: 3, role: 4, title: 5 },
    ],
    [
      'German',
      ['Firma', 'E-Mail', 'Rolle', 'Ansprechpartner', 'Währung', 'Jahreswert'],
      { clientName: 0, emails: 1, role: 2, contactName: 3, currency: 4, annualValue: 5 },
    ],
    ['French', ['Société', 'Courriel', 'Rôle', 'Prénom', 'Nom', 'Poste'], { clientName: 0, emails: 1, role: 2, firstName: 3, lastName: 4, title: 5 }],
    ['Spanish', ['Empresa', 'Correo electrónico', 'Nombre', 'Apellidos', 'Cargo'], { clientName: 0, emails: 1, firstName: 2, lastName: 3, title: 4 }],
    ['Dutch', ['Bedrijf', 'E-mailadres', 'Naam', 'Functie', 'Opmerkingen'], { clientName: 0, emails: 1, contactName: 2, title: 3, notes: 4 }],
    ['keywords inside longer headers', ['Primary Contact E-mail', 'Company website'], { emails: 0, clientDomains: 1 }],
  ])('maps %s headers', (_, headers, expected) => {
    expect(suggestMapping(headers)).toEqual(expected);
  });

  it.each([
    ['a phone column', ['Phone', 'Email'], { emails: 1 }],
    ['an email-type column', ['E-mail 1 - Type', 'E-mail 1 - Value'], { emails: 1 }],
    ['an account-owner column', ['Account Owner', 'Account Name'], { clientName: 1 }],
    ['a second email column once the first is taken', ['Email', 'Email 2'], { emails: 0 }],
    ['a bare "Nom" without a first-name column, which is the whole name', ['Nom', 'Courriel'], { contactName: 0, emails: 1 }],
  ])('leaves %s unmapped', (_, headers, expected) => {
    expect(suggestMapping(headers)).toEqual(expected);
  });
});

describe('cell readers', () => {
  it.each([
    ['Champion', 'champion'],
    ['Decision maker', 'decision-maker'],
    ['decision-maker', 'decision-maker'],
    ['Buyer', 'decision-maker'],
    ['Entscheider', 'decision-maker'],
    ['Finance', 'finance'],
    ['Einkauf', 'finance'],
    ['Achats', 'finance'],
    ['Dirección', 'leadership'],
    ['End user', 'user'],
    ['', undefined],
  ])('reads the role "%s" as %s', (cell, role) => {
    expect(readRole(cell)).toEqual({ ok: true, value: role });
  });

  it.each(['Champions', 'Buyers club', 'Financier'])('refuses the role "%s" with the list of roles', (cell) => {
    expect(readRole(cell)).toEqual({ ok: false, message: expect.stringContaining('use champion, decision maker') });
  });

  it.each([
    ['Key', 'key'],
    ['Schlüsselkunde', 'key'],
    ['Standard', 'standard'],
  ])('reads the tier "%s" as %s', (cell, tier) => {
    expect(readTier(cell)).toEqual({ ok: true, value: tier });
  });

  it('refuses an unknown tier', () => {
    expect(readTier('Gold')).toEqual({ ok: false, message: '"Gold" is not a tier; use key or standard' });
  });

  it.each([
    ['At risk', 'at-risk'],
    ['gefährdet', 'at-risk'],
    ['On hold', 'on-hold'],
    ['Churned', 'churned'],
    ['aktiv', 'active'],
  ])('reads the status "%s" as %s', (cell, status) => {
    expect(readStatus(cell)).toEqual({ ok: true, value: status });
  });

  it.each([
    ['yes', true],
    ['Ja', true],
    ['oui', true],
    ['x', true],
    ['no', false],
    ['nein', false],
    ['', undefined],
  ])('reads "%s" as %s', (cell, value) => {
    expect(readYesNo(cell)).toEqual({ ok: true, value });
  });

  it('refuses a yes/no cell that is neither', () => {
    expect(readYesNo('maybe').ok).toBe(false);
  });

  it.each([
    ['120000', 'EUR', 120000, 'EUR'],
    ['120,000', 'USD', 120000, 'USD'],
    ['120.000,50', 'EUR', 120000.5, 'EUR'],
    ['12,5', 'EUR', 12.5, 'EUR'],
    ['1.5', 'EUR', 1.5, 'EUR'],
    ['€ 95 000', '', 95000, 'EUR'],
    ['$1,200.75', '', 1200.75, 'USD'],
    ['80k', 'gbp', 80000, 'GBP'],
    ['45000 CHF', '', 45000, 'CHF'],
    ["1'200", 'CHF', 1200, 'CHF'],
  ])('reads the amount "%s" %s as %d %s', (value, currency, amount, code) => {
    expect(readMoney(value, currency)).toEqual({ ok: true, value: { amount, currency: code } });
  });

  it.each([
    ['ten thousand', 'EUR', 'is not an amount'],
    ['120000', '', 'has no currency'],
    ['€120000', 'USD', 'the amount says EUR but the currency column says USD'],
  ])('refuses the amount "%s" %s', (value, currency, message) => {
    expect(readMoney(value, currency)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('splits several addresses in one cell, with or without display names', () => {
    expect(splitEmails('a@x.example; b@x.example,c@x.example\nd@x.example')).toEqual(['a@x.example', 'b@x.example', 'c@x.example', 'd@x.example']);
    expect(splitEmails('Maria Gonzalez <maria@x.example>, "Okafor, Sam" <sam@x.example>')).toEqual(['maria@x.example', 'sam@x.example']);
  });

  it('reads domains from pasted web addresses', () => {
    expect(splitDomains('https://www.acme.example/about, @globex.example; initech.example')).toEqual(['acme.example', 'globex.example', 'initech.example']);
  });
});
