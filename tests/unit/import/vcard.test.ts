import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVcardImport, parseVcards, type ImportOptions } from '../../../utils/import';
import { makeClient } from '../../support/factories';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2026-06-01T08:00:00.000Z');

function options(existing: Partial<ImportOptions['existing']> = {}): ImportOptions {
  let n = 0;
  return { now: NOW, existing: { clients: [], contacts: [], ...existing }, newId: (kind) => `${kind}-${(n += 1)}` };
}

describe('parseVcards', () => {
  it('reads a 3.0 card: folded lines, escapes, several addresses with the preferred one first', () => {
    const [maria] = parseVcards(fixture('contacts-3.0.vcf')).cards;
    expect(maria).toEqual({
      line: 1,
      version: '3.0',
      name: 'Maria Gonzalez',
      org: 'Acme Retail',
      title: 'Head of Operations',
      note: 'Prefers short mails, no calls.\nAsk about the renewal; due in June.',
      emails: [
        { address: 'maria.gonzalez@acme-retail.example', line: 9 },
        { address: 'maria.g@gmail.com', line: 8 },
      ],
    });
  });

  it('reads Apple’s grouped properties (item1.EMAIL)', () => {
    const cards = parseVcards(fixture('contacts-3.0.vcf')).cards;
    expect(cards[1]).toMatchObject({ line: 14, name: 'Sam Okafor', emails: [{ address: 'sam.okafor@acme-retail.example', line: 18 }], role: 'Finance' });
  });

  it('reads a 2.1 card: quoted-printable UTF-8 with a soft line break, bare TYPE and PREF parameters', () => {
    const [maria, jonas] = parseVcards(fixture('contacts-2.1.vcf')).cards;
    expect(maria).toMatchObject({ name: 'María González', note: 'Erste Zeile\nZweite Zeile mit Umlaut: ü' });
    expect(jonas?.emails.map((e) => e.address)).toEqual(['jonas.weber@acme-retail.example', 'j.weber@acme-retail.example']);
  });

  it('builds the name from N when there is no FN', () => {
    const [jonas] = parseVcards('BEGIN:VCARD\nVERSION:2.1\nN:Weber;Jonas;;Dr.;\nEMAIL:j@x.example\nEND:VCARD\n').cards;
    expect(jonas?.name).toBe('Dr. Jonas Weber');
  });

  it('reads a 4.0 card: PREF=1 and an escaped comma in ORG', () => {
    const [lena] = parseVcards(fixture('contacts-4.0.vcf')).cards;
    expect(lena).toMatchObject({ org: 'Globex, Inc.', emails: [{ address: 'lena.fischer@globex.example' }, { address: 'lena.fischer@outlook.com' }] });
  });

  it('reports a card cut off before END:VCARD with the line it starts on', () => {
    expect(parseVcards(fixture('malformed.vcf')).errors).toEqual([{ line: 29, field: 'card', message: expect.stringContaining('has no END:VCARD') }]);
  });

  it('reports a card that runs into the next one', () => {
    const text = 'BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEMAIL:b@x.example\nEND:VCARD\n';
    const parsed = parseVcards(text);
    expect(parsed.errors).toEqual([{ line: 1, field: 'card', message: expect.stringContaining('no END:VCARD before the next card') }]);
    expect(parsed.cards.map((c) => c.name)).toEqual(['B']);
  });

  it('says a file without any card is not a vCard file', () => {
    expect(parseVcards('Client,Email\nAcme,a@acme.example\n').errors).toEqual([
      { line: 1, field: 'card', message: expect.stringContaining('not a vCard file') },
    ]);
  });
});

describe('buildVcardImport', () => {
  it('makes a new client from ORG and the work address domain, never a personal-mail domain', () => {
    const plan = buildVcardImport(fixture('contacts-3.0.vcf'), options());
    expect(plan.clients.map((c) => [c.name, c.domains])).toEqual([
      ['Acme Retail', ['acme-retail.example']],
      ['Hooli', ['hooli.example']],
    ]);
  });

  it('puts a contact with the client owning its address domain, even when ORG says otherwise', () => {
    const plan = buildVcardImport(fixture('contacts-3.0.vcf'), options());
    const acme = plan.clients.find((c) => c.name === 'Acme Retail');
    expect(plan.contacts.find((c) => c.name === 'Sam Okafor')).toMatchObject({ clientId: acme?.id, role: 'finance' });
  });

  it('reuses an existing client matched by domain', () => {
    const existing = makeClient({ id: 'client-globex', name: 'Globex', domains: ['globex.example'] });
    const plan = buildVcardImport(fixture('contacts-4.0.vcf'), options({ clients: [existing] }));
    expect(plan.clients).toEqual([]);
    expect(plan.contacts).toEqual([
      expect.objectContaining({ clientId: 'client-globex', name: 'Lena Fischer', title: 'Head of Procurement', role: 'decision-maker' }),
    ]);
  });

  it('reuses an existing client matched by ORG name when no address domain is known', () => {
    const existing = makeClient({ id: 'client-hooli', name: 'hooli', domains: ['hooli-corp.example'] });
    const plan = buildVcardImport('BEGIN:VCARD\nVERSION:3.0\nFN:Gavin\nORG:Hooli\nEMAIL:gavin@gmail.com\nEND:VCARD\n', options({ clients: [existing] }));
    expect(plan.contacts[0]?.clientId).toBe('client-hooli');
    expect(plan.clients).toEqual([]);
  });

  it('reports each malformed card with its line and imports the good ones', () => {
    const plan = buildVcardImport(fixture('malformed.vcf'), options());
    expect(plan.errors).toEqual([
      { line: 1, field: 'EMAIL', message: 'the card has no email address; a contact needs one' },
      { line: 6, field: 'FN', message: 'the card has no name (FN or N)' },
      { line: 16, field: 'EMAIL', message: '"bad@@acme-retail.example" must be an email address like maria@acme.com' },
      { line: 24, field: 'ORG', message: expect.stringContaining('no client name') },
      { line: 29, field: 'card', message: expect.stringContaining('has no END:VCARD') },
    ]);
    expect(plan.contacts.map((c) => c.name)).toEqual(['Fine Person']);
    expect(plan.stats).toMatchObject({ rows: 6, importedRows: 1, rowsWithErrors: 5 });
  });
});
