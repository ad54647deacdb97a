import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildImport, decodeImportFile, exportCsv, previewCsv, type ImportOptions, type ImportPlan } from '../../../utils/import';
import type { Client, Contact } from '../../../utils/model';
import { makeClient, makeContact } from '../../support/factories';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2026-06-01T08:00:00.000Z');

function options(existing: Partial<ImportOptions['existing']> = {}): ImportOptions {
  let n = 0;
  return { now: NOW, existing: { clients: [], contacts: [], ...existing }, newId: (kind) => `${kind}-${(n += 1)}` };
}

/** Preview, take the suggested mapping, build: what the panel does when the user changes nothing. */
function importText(text: string, existing: Partial<ImportOptions['existing']> = {}): ImportPlan {
  return buildImport(text, previewCsv(text).suggestedMapping, options(existing));
}

const clientNamed = (plan: ImportPlan, name: string) => plan.clients.find((c) => c.name === name);

describe('previewCsv', () => {
  it('reads a German Excel file: BOM, semicolons, CRLF, a note over two lines', () => {
    const preview = previewCsv(fixture('contacts-excel-de.csv'));
    expect(preview.delimiter).toBe(';');
    expect(preview.headers[0]).toBe('Firma');
    expect(preview.rowCount).toBe(4);
    expect(preview.rows.map((row) => row.line)).toEqual([2, 4, 5, 6]);
    expect(preview.rows[0]?.cells[11]).toBe('Mag kurze Mails.\r\nNicht vor 9 Uhr anrufen.');
    expect(preview.rows[1]?.cells[10]).toBe('CFO "interim"');
    expect(preview.suggestedMapping).toEqual({
      clientName: 0,
      clientDomains: 1,
      tier: 2,
      status: 3,
      annualValue: 4,
      currency: 5,
      contactName: 6,
      emails: 7,
      role: 8,
      newInRole: 9,
      title: 10,
      notes: 11,
    });
  });

  it('detects commas even when cells hold semicolons', () => {
    const preview = previewCsv(fixture('contacts-us.csv'));
    expect(preview.delimiter).toBe(',');
    expect(preview.rows[0]?.cells[8]).toBe('maria.gonzalez@acme-retail.example, maria@acme-retail.example');
  });

  it('detects semicolons even when amounts hold commas', () => {
    expect(previewCsv('Client;Value\nAcme;1,5\nGlobex;2,5\n').delimiter).toBe(';');
  });

  it('reads tab-separated text', () => {
    expect(previewCsv('Client\tEmail\nAcme\tm@acme.example\n').headers).toEqual(['Client', 'Email']);
  });

  it('returns only the first rows but counts them all', () => {
    const text = ['Client,Email', ...Array.from({ length: 30 }, (_, i) => `C${i},p${i}@c${i}.example`)].join('\n');
    const preview = previewCsv(text, { rows: 5 });
    expect(preview.rows).toHaveLength(5);
    expect(preview.rowCount).toBe(30);
  });

  it('reports an unclosed quote with its line', () => {
    const preview = previewCsv('Client,Notes\nAcme,fine\nGlobex,"never closed\nInitech,x\n');
    expect(preview.problems).toEqual([{ line: 3, field: 'row', message: expect.stringContaining('never closed') }]);
  });
});

describe('buildImport', () => {
  it('folds rows of the same client into one client with all its contacts', () => {
    const plan = importText(fixture('contacts-excel-de.csv'));
    const acme = clientNamed(plan, 'Acme Retail GmbH');
    expect(acme).toMatchObject({ domains: ['acme-retail.example'], tier: 'key', status: 'active', annualValue: { amount: 120000.5, currency: 'EUR' } });
    expect(plan.contacts.filter((c) => c.clientId === acme?.id).map((c) => c.name)).toEqual(['María González', 'Jonas Weber']);
  });

  it('reads every field of a row: several addresses, role synonyms, yes/no, quotes, line breaks', () => {
    const plan = importText(fixture('contacts-excel-de.csv'));
    expect(plan.contacts.map((c) => [c.name, c.emails, c.role, c.newInRole, c.title, c.notes])).toEqual([
      ['María González', ['maria.gonzalez@acme-retail.example'], 'champion', false, 'Head of Operations', 'Mag kurze Mails.\nNicht vor 9 Uhr anrufen.'],
      ['Jonas Weber', ['jonas.weber@acme-retail.example', 'j.weber@acme-retail.example'], 'decision-maker', true, 'CFO "interim"', ''],
      ['Peter Gibbons', ['peter@initech.example'], 'decision-maker', false, '', ''],
    ]);
  });

  it('names the line and field of a bad value, counting a quoted line break', () => {
    const plan = importText(fixture('contacts-excel-de.csv'));
    expect(plan.errors).toEqual([{ line: 5, field: 'emails', message: '"lena(at)globex.example" must be an email address like maria@acme.com' }]);
    expect(clientNamed(plan, 'Globex SE')).toBeUndefined();
    expect(plan.stats).toMatchObject({ rows: 4, importedRows: 3, rowsWithErrors: 1, clientsCreated: 2, contactsCreated: 3 });
  });

  it('keeps counting lines right after several multi-line fields', () => {
    const text = 'Client,Contact,Email,Notes\nA,Ann,ann@a.example,"one\ntwo\nthree"\nB,Bob,bob@b.example,"x\r\ny"\nC,Cy,not-an-address,\n';
    expect(importText(text).errors).toEqual([{ line: 7, field: 'emails', message: expect.stringContaining('"not-an-address"') }]);
  });

  it('gives the same result for CRLF and LF files', () => {
    const lf = fixture('contacts-us.csv');
    expect(importText(lf.replace(/\n/g, '\r\n'))).toEqual(importText(lf));
  });

  it('joins first and last name and reads "$120,000" as dollars', () => {
    const plan = importText(fixture('contacts-us.csv'));
    expect(plan.contacts.map((c) => c.name)).toEqual(['Maria Gonzalez', 'Sam Okafor', 'Alice Wong']);
    expect(clientNamed(plan, 'Acme Retail')?.annualValue).toEqual({ amount: 120000, currency: 'USD' });
    expect(plan.contacts[0]?.notes).toBe('Renewal in June; "no surprises"');
  });

  it('names the field of a value it cannot read, and skips only that row', () => {
    const text =
      'Client,Contact,Email,Tier,Role\nAcme,Ann,ann@acme.example,Gold,Champion\nAcme,Bob,bob@acme.example,Key,Chief buyer\nAcme,Cy,cy@acme.example,Key,User\n';
    const plan = importText(text);
    expect(plan.errors).toEqual([
      { line: 2, field: 'tier', message: '"Gold" is not a tier; use key or standard' },
      { line: 3, field: 'role', message: expect.stringContaining('"Chief buyer" is not a role') },
    ]);
    expect(plan.contacts.map((c) => c.name)).toEqual(['Cy']);
  });

  it('reports a row with more fields than the header', () => {
    const plan = importText('Client,Contact,Email\nAcme,Ann,ann@acme.example,extra\n');
    expect(plan.errors).toEqual([{ line: 2, field: 'row', message: expect.stringContaining('has 4 fields but the header has 3') }]);
  });

  it('imports a client without contacts from a row with only client columns', () => {
    const plan = importText('Client,Domain,Contact,Email\nAcme,acme.example,,\n');
    expect(plan.clients.map((c) => [c.name, c.domains])).toEqual([['Acme', ['acme.example']]]);
    expect(plan.contacts).toEqual([]);
  });

  it('joins a row without a client name to the client owning its address domain', () => {
    const plan = importText('Client,Contact,Email\nAcme,Ann,ann@acme.example\n,Bob,bob@acme.example\n');
    expect(plan.clients).toHaveLength(1);
    expect(plan.contacts.map((c) => c.clientId)).toEqual([plan.clients[0]?.id, plan.clients[0]?.id]);
  });

  it('refuses a row with neither a client name nor a known domain', () => {
    const plan = importText('Client,Contact,Email\n,Bob,bob@nowhere.example\n');
    expect(plan.errors).toEqual([{ line: 2, field: 'clientName', message: expect.stringContaining('no client name') }]);
  });

  it('takes client domains from addresses when no domain column is mapped, never a personal-mail domain', () => {
    const plan = importText('Client,Contact,Email\nAcme,Ann,ann@acme.example\nAcme,Bob,bob.private@gmail.com\n');
    expect(plan.clients.map((c) => c.domains)).toEqual([['acme.example']]);
  });

  it('treats "ACME  retail" and "Acme Retail" as one client', () => {
    const plan = importText('Client,Contact,Email\nAcme Retail,Ann,ann@gmail.com\nACME  retail,Bob,bob@gmail.com\n');
    expect(plan.clients).toHaveLength(1);
  });

  it('merges two rows with the same address into one contact', () => {
    const plan = importText('Client,Contact,Email,Title\nAcme,Ann,ann@acme.example,\nAcme,Ann,"ann@acme.example; a.lee@acme.example",COO\n');
    expect(plan.contacts.map((c) => [c.name, c.emails, c.title])).toEqual([['Ann', ['ann@acme.example', 'a.lee@acme.example'], 'COO']]);
  });

  it('warns when later rows disagree about a client and keeps the first value', () => {
    const plan = importText('Client,Tier,Contact,Email\nAcme,Key,Ann,ann@acme.example\nAcme,Standard,Bob,bob@acme.example\n');
    expect(plan.clients[0]?.tier).toBe('key');
    expect(plan.warnings).toEqual([{ line: 3, field: 'tier', message: 'kept tier "key" of "Acme" from line 2; this row says "standard"' }]);
  });
});

describe('buildImport with accounts already stored', () => {
  const existingAcme = makeClient({ id: 'client-acme', name: 'ACME Retail (EU)', domains: ['acme-retail.example'] });
  const existingMaria = makeContact();

  it('reuses a client matched by domain instead of creating a second one', () => {
    const plan = importText(fixture('contacts-excel-de.csv'), { clients: [existingAcme] });
    expect(plan.clients.map((c) => c.name)).toEqual(['ACME Retail (EU)', 'Initech AG']);
    expect(plan.contacts.filter((c) => c.clientId === 'client-acme').map((c) => c.name)).toEqual(['María González', 'Jonas Weber']);
    expect(plan.stats).toMatchObject({ clientsCreated: 1, clientsUpdated: 1 });
    expect(plan.warnings).toContainEqual({
      line: 2,
      field: 'clientName',
      message: '"Acme Retail GmbH" was matched to the client "ACME Retail (EU)" by its domain',
    });
  });

  it('reuses a client matched by name when the file has no domains', () => {
    const plan = importText('Firma,Name,E-Mail\nacme retail (eu),Ann,ann@acme-retail.example\n', { clients: [existingAcme] });
    expect(plan.contacts[0]?.clientId).toBe('client-acme');
    expect(plan.stats.clientsCreated).toBe(0);
  });

  it('keeps the existing values of a client and fills only its gaps', () => {
    const plan = importText('Client,Domain,Tier,Value,Currency\nX,acme-retail.example,Standard,5000,EUR\n', { clients: [existingAcme] });
    expect(plan.clients).toEqual([{ ...existingAcme, annualValue: { amount: 5000, currency: 'EUR' }, updatedAt: NOW.toISOString() }]);
  });

  it('updates a contact found by one of its addresses instead of duplicating it', () => {
    const text = 'Client,Contact,Email,Title\nAcme,Maria G.,"maria.gonzalez@acme-retail.example, mg@acme-retail.example",Head of Ops\n';
    const plan = importText(text, { clients: [existingAcme], contacts: [existingMaria] });
    expect(plan.contacts).toEqual([
      { ...existingMaria, emails: ['maria.gonzalez@acme-retail.example', 'mg@acme-retail.example'], title: 'Head of Ops', updatedAt: NOW.toISOString() },
    ]);
    expect(plan.stats).toMatchObject({ contactsCreated: 0, contactsUpdated: 1 });
  });

  it('changes nothing when the same file is imported a second time', () => {
    const text = fixture('contacts-us.csv');
    const first = importText(text);
    const second = importText(text, { clients: first.clients, contacts: first.contacts });
    expect(second.clients).toEqual([]);
    expect(second.contacts).toEqual([]);
    expect(second.stats).toMatchObject({ importedRows: 3, clientsCreated: 0, clientsUpdated: 0, contactsCreated: 0, contactsUpdated: 0 });
  });
});

describe('exportCsv', () => {
  /** Records without ids and stamps, contacts labelled with their client's name. */
  function comparable(clients: readonly Client[], contacts: readonly Contact[]) {
    const nameOf = new Map(clients.map((c) => [c.id, c.name]));
    const strip = <T extends { id: string; createdAt: string; updatedAt: string }>({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: T) => rest;
    return {
      clients: clients.map(strip).sort((a, b) => a.name.localeCompare(b.name)),
      contacts: contacts.map((c) => ({ ...strip(c), clientId: nameOf.get(c.clientId) })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  it('round-trips clients and contacts through previewCsv and buildImport', () => {
    const clients = [
      makeClient({ annualValue: { amount: 1234.567, currency: 'EUR' }, notes: 'Two\nlines, "quoted"' }),
      makeClient({ id: 'client-globex', name: 'Globex; Inc.', domains: ['globex.example', 'globex-eu.example'], tier: 'standard', status: 'at-risk' }),
      makeClient({ id: 'client-lonely', name: 'Lonely Ltd', domains: ['lonely.example'], status: 'on-hold' }),
    ];
    const contacts = [
      makeContact({ emails: ['maria.gonzalez@acme-retail.example', 'maria@acme-retail.example'], title: 'Head, Operations', newInRole: true }),
      makeContact({
        id: 'contact-zed',
        clientId: 'client-globex',
        name: 'Zed Ødegaard',
        emails: ['zed@globex.example'],
        role: 'decision-maker',
        notes: '-- call after 3pm',
      }),
    ];
    const text = exportCsv({ clients, contacts });
    const plan = importText(text);
    expect(plan.errors).toEqual([]);
    expect(comparable(plan.clients, plan.contacts)).toEqual(comparable(clients, contacts));
  });

  it.each([['=1+1\nsecond line'], ['=HYPERLINK("http://evil.example","x")\nmore'], ['+1 555 0100'], ['-2+3'], ['@SUM(A1)'], ['\t=1+1'], ['  =1+1']])(
    'guards %j on export, line breaks and leading blanks included',
    (value) => {
      const text = exportCsv({ clients: [], contacts: [makeContact({ notes: value })] });
      const row = Papa.parse<string[]>(text.trim()).data[1]!;
      expect(row.some((cell) => cell === `'${value}`)).toBe(true);
    },
  );

  it('guards cells that a spreadsheet would run as formulas, and the import removes the guard', () => {
    const contacts = [makeContact({ name: '=HYPERLINK("http://evil.example","click")' })];
    const text = exportCsv({ clients: [makeClient()], contacts });
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(importText(text).contacts[0]?.name).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('writes no BOM and CRLF line ends', () => {
    const text = exportCsv({ clients: [makeClient()], contacts: [makeContact()] });
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')).toHaveLength(2);
  });
});

describe('decodeImportFile', () => {
  it('reads UTF-8 and drops the BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFFirma;Währung\n');
    expect(decodeImportFile(bytes)).toEqual({ text: 'Firma;Währung\n', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for a file Excel saved in the old encoding', () => {
    const bytes = Uint8Array.from([0x57, 0xe4, 0x68, 0x72, 0x75, 0x6e, 0x67, 0x3b, 0x80]); // "Währung;€"
    expect(decodeImportFile(bytes)).toEqual({ text: 'Währung;€', encoding: 'windows-1252' });
  });
});
