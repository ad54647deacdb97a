import Papa from 'papaparse';
import type { Client, Contact } from '../model';
import {
  readMoney,
  readRole,
  readStatus,
  readTier,
  readYesNo,
  splitDomains,
  splitEmails,
  suggestMapping,
  type CellRead,
  type ColumnMapping,
  type ImportField,
} from './fields';
import { AccountImport, type AccountRow, type ImportIssue, type ImportOptions, type ImportPlan } from './plan';

/** One data row with the line it starts on (the header is line 1; a quoted newline makes a row span lines). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvPreview {
  headers: string[];
  /** The first data rows, blank ones skipped. */
  rows: CsvRow[];
  /** All data rows in the file. */
  rowCount: number;
  delimiter: string;
  suggestedMapping: ColumnMapping;
  /** Broken quoting and the like, which would make rows wrong. */
  problems: ImportIssue[];
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The separator that splits the first rows into the same number of fields
 * (more than one). Spreadsheets set to a European locale write `;` because
 * `,` is their decimal mark; papaparse's own guess can be fooled by such
 * decimals, so this compares the candidates row by row.
 */
function detectDelimiter(text: string): string {
  let best: { delimiter: string; consistency: number; fields: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const sample = Papa.parse<string[]>(text, { delimiter, preview: 20, skipEmptyLines: 'greedy' }).data;
    const header = sample[0]?.length ?? 0;
    if (header < 2) continue;
    const consistency = sample.filter((row) => row.length === header).length / sample.length;
    if (!best || consistency > best.consistency || (consistency === best.consistency && header > best.fields)) {
      best = { delimiter, consistency, fields: header };
    }
  }
  return best?.delimiter ?? ',';
}

interface CsvReadResult {
  headers: string[];
  delimiter: string;
  rowCount: number;
  problems: ImportIssue[];
}

/**
 * Streams the rows of a CSV text with their line numbers. Papaparse reports
 * where each row ends (`meta.cursor`); counting line breaks between cursors
 * gives the line each row starts on, right even after a quoted field that
 * holds line breaks.
 */
function readCsv(raw: string, onRow: (row: CsvRow, headers: readonly string[]) => void): CsvReadResult {
  const text = withoutBom(raw);
  const delimiter = detectDelimiter(text);
  const lineBreak = text.includes('\n') ? '\n' : '\r';
  let headers: string[] | undefined;
  let rowCount = 0;
  let cursor = 0;
  let line = 1;
  const problems: ImportIssue[] = [];
  const advanceTo = (end: number) => {
    for (let at = text.indexOf(lineBreak, cursor); at !== -1 && at < end; at = text.indexOf(lineBreak, at + 1)) line += 1;
    cursor = end;
  };
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(result) {
      const rowLine = line;
      advanceTo(result.meta.cursor);
      for (const error of result.errors) {
        problems.push({ line: rowLine, field: 'row', message: describeParseError(error) });
      }
      const cells = result.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      if (!headers) {
        headers = cells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
        return;
      }
      rowCount += 1;
      onRow({ line: rowLine, cells }, headers);
    },
  });
  return { headers: headers ?? [], delimiter, rowCount, problems };
}

function describeParseError(error: Papa.ParseError): string {
  switch (error.code) {
    case 'MissingQuotes':
      return 'a quoted field is never closed, so the rest of the file was read into it; check the quotes on this line';
    case 'InvalidQuotes':
      return 'a quote inside a quoted field is not doubled ("")';
    default:
      return error.message;
  }
}

/** Headers, the first rows and a guessed mapping, for the user to check before anything is imported. */
export function previewCsv(text: string, options: { rows?: number } = {}): CsvPreview {
  const limit = options.rows ?? 10;
  const rows: CsvRow[] = [];
  const read = readCsv(text, (row) => {
    if (rows.length < limit) rows.push(row);
  });
  return {
    headers: read.headers,
    rows,
    rowCount: read.rowCount,
    delimiter: read.delimiter,
    suggestedMapping: suggestMapping(read.headers),
    problems: read.problems,
  };
}

const FORMULA_GUARD = /^'(?=\s*[=+\-@]|[\t\r])/;
const FORMULA_START = /^(?:[=+\-@\t\r]|\s+[=+\-@])/;

/**
 * A cell a spreadsheet would run as a formula gets an apostrophe in front.
 * Checked on the whole cell, line breaks included: Papa's own `escapeFormulae`
 * misses "=1+1\nsecond line".
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell as typed, trimmed, line breaks as `\n`, without the apostrophe
 * `exportCsv` puts before `=`, `+`, `-`, `@` so that spreadsheets do not run
 * it as a formula.
 */
function cleanCell(cell: string | undefined): string {
  return (cell ?? '').trim().replace(/\r\n?/g, '\n').replace(FORMULA_GUARD, '');
}

const CONTACT_FIELDS: readonly ImportField[] = ['contactName', 'firstName', 'lastName', 'emails', 'role', 'title', 'notes'];

export interface CsvImportOptions extends ImportOptions {
  /** Currency for amounts the file gives without one. */
  defaultCurrency?: string;
}

/**
 * Reads every row with the chosen mapping into the clients and contacts it
 * would create or change. Writes nothing.
 */
export function buildImport(text: string, mapping: ColumnMapping, options: CsvImportOptions): ImportPlan {
  const domainsGiven = mapping.clientDomains !== undefined;
  const plan = new AccountImport(options, { prefer: 'name', domainsFromEmails: !domainsGiven });
  const read = readCsv(text, (row, headers) => {
    const values = new Map<ImportField, string>();
    const get = (field: ImportField): string => {
      let value = values.get(field);
      if (value === undefined) {
        const column = mapping[field];
        value = column === undefined ? '' : cleanCell(row.cells[column]);
        values.set(field, value);
      }
      return value;
    };
    const issues: ImportIssue[] = [];
    const take = <T>(field: ImportField, result: CellRead<T>): T | undefined => {
      if (result.ok) return result.value;
      issues.push({ line: row.line, field, message: result.message });
      return undefined;
    };
    const tier = take('tier', readTier(get('tier')));
    const status = take('status', readStatus(get('status')));
    const annualValue = take('annualValue', readMoney(get('annualValue'), get('currency'), options.defaultCurrency));
    const role = take('role', readRole(get('role')));
    const newInRole = take('newInRole', readYesNo(get('newInRole')));

    const hasClient = get('clientName') !== '' || get('clientDomains') !== '';
    const hasContact = CONTACT_FIELDS.some((field) => get(field) !== '');
    if (!hasClient && !hasContact) {
      issues.push({ line: row.line, field: 'row', message: 'the mapped columns are empty in this row' });
    }
    if (row.cells.slice(headers.length).some((cell) => cell.trim() !== '')) {
      issues.push({
        line: row.line,
        field: 'row',
        message: `has ${row.cells.length} fields but the header has ${headers.length}; a value holding the separator may be missing its quotes`,
      });
    }
    if (issues.length) {
      plan.rejectRow(issues);
      return;
    }

    const name = get('contactName') || `${get('firstName')} ${get('lastName')}`.trim();
    const accountRow: AccountRow = {
      line: row.line,
      client: {
        ...(get('clientName') ? { name: get('clientName') } : {}),
        domains: splitDomains(get('clientDomains')),
        ...(tier ? { tier } : {}),
        ...(status ? { status } : {}),
        ...(annualValue ? { annualValue } : {}),
        ...(get('clientNotes') ? { notes: get('clientNotes') } : {}),
      },
      ...(hasContact
        ? {
            contact: {
              name,
              emails: splitEmails(get('emails')),
              ...(role ? { role } : {}),
              ...(newInRole !== undefined ? { newInRole } : {}),
              ...(get('title') ? { title: get('title') } : {}),
              ...(get('notes') ? { notes: get('notes') } : {}),
            },
          }
        : {}),
    };
    plan.addRow(accountRow);
  });
  const result = plan.finish();
  result.errors.unshift(...read.problems);
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

/** Column headers of `exportCsv`, which `suggestMapping` maps back to the same fields. */
export const EXPORT_COLUMNS: ReadonlyArray<[string, ImportField]> = [
  ['Client', 'clientName'],
  ['Domains', 'clientDomains'],
  ['Tier', 'tier'],
  ['Status', 'status'],
  ['Annual value', 'annualValue'],
  ['Currency', 'currency'],
  ['Client notes', 'clientNotes'],
  ['Contact', 'contactName'],
  ['Emails', 'emails'],
  ['Role', 'role'],
  ['New in role', 'newInRole'],
  ['Title', 'title'],
  ['Notes', 'notes'],
];

/** An amount `readMoney` reads back unchanged: three decimals would look like a thousands separator. */
function writeAmount(amount: number): string {
  const text = String(amount);
  return /\.\d{3}$/.test(text) ? `${text}0` : text;
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Clients and contacts as a spreadsheet: one row per contact, a row with
 * empty contact columns for a client without contacts. Values that start
 * like a formula get an apostrophe in front, which `buildImport` removes.
 */
export function exportCsv(accounts: { clients: readonly Client[]; contacts: readonly Contact[] }): string {
  const contactsOf = new Map<string, Contact[]>();
  for (const contact of accounts.contacts) {
    const list = contactsOf.get(contact.clientId) ?? [];
    list.push(contact);
    contactsOf.set(contact.clientId, list);
  }
  const rows: string[][] = [];
  const clientCells = (client: Client | undefined): string[] => [
    client?.name ?? '',
    client?.domains.join('; ') ?? '',
    client?.tier ?? '',
    client?.status ?? '',
    client?.annualValue ? writeAmount(client.annualValue.amount) : '',
    client?.annualValue?.currency ?? '',
    client?.notes ?? '',
  ];
  const contactCells = (contact: Contact): string[] => [
    contact.name,
    contact.emails.join('; '),
    contact.role,
    contact.newInRole ? 'yes' : 'no',
    contact.title,
    contact.notes,
  ];
  const known = new Set<string>();
  for (const client of [...accounts.clients].sort(byName)) {
    known.add(client.id);
    const contacts = (contactsOf.get(client.id) ?? []).sort(byName);
    if (contacts.length === 0) rows.push([...clientCells(client), '', '', '', '', '', '']);
    for (const contact of contacts) rows.push([...clientCells(client), ...contactCells(contact)]);
  }
  // A contact whose client is gone still leaves with the export rather than vanishing.
  for (const contact of [...accounts.contacts].filter((c) => !known.has(c.clientId)).sort(byName)) {
    rows.push([...clientCells(undefined), ...contactCells(contact)]);
  }
  return Papa.unparse({ fields: EXPORT_COLUMNS.map(([header]) => header), data: rows.map((row) => row.map(guardFormula)) }, { newline: '\r\n' });
}

/** Windows-1252 characters for bytes 0x80–0x9F; every other byte is the Latin-1 code point. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Text of an imported file, BOM dropped. Excel in Western Europe still
 * saves "CSV" as Windows-1252; bytes that are not valid UTF-8 are read that
 * way instead of turning every "ü" into "�". (Decoded by hand: some engines
 * read the label as plain Latin-1 and lose "€".)
 */
export function decodeImportFile(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    let text = '';
    for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return { text, encoding: 'windows-1252' };
  }
}
