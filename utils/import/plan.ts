import type { z } from 'zod';
import {
  ClientSchema,
  ContactSchema,
  DomainSchema,
  SCHEMA_VERSION,
  type Client,
  type ClientStatus,
  type ClientTier,
  type Contact,
  type ContactRole,
  type Money,
} from '../model';
import { domainOfEmail, isPersonalMailDomain } from './personal-domains';

/** One problem with one row (or card) of an imported file. `line` is 1-based, in the file as a text editor shows it. */
export interface ImportIssue {
  line: number;
  field: string;
  message: string;
}

export interface ImportStats {
  /** Data rows (or cards) read, blank ones not counted. */
  rows: number;
  importedRows: number;
  rowsWithErrors: number;
  clientsCreated: number;
  clientsUpdated: number;
  contactsCreated: number;
  contactsUpdated: number;
}

/**
 * What an import would write, worked out before anything is written: new
 * and changed records only, every one valid. Rows with errors contribute
 * nothing; `errors` says why, `warnings` say what was decided for the user
 * (a value kept, a domain not added).
 */
export interface ImportPlan {
  clients: Client[];
  contacts: Contact[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  stats: ImportStats;
}

export interface ExistingAccounts {
  clients: readonly Client[];
  contacts: readonly Contact[];
}

export interface ImportOptions {
  now: Date;
  existing: ExistingAccounts;
  /** Ids for new records; tests pass a counter. */
  newId?: (kind: 'client' | 'contact') => string;
}

/** One row of a sheet or one card, read into model values but not yet checked against the schemas. */
export interface AccountRow {
  line: number;
  client: {
    name?: string;
    /** Domains the file states for the client. */
    domains: string[];
    tier?: ClientTier;
    status?: ClientStatus;
    annualValue?: Money;
    notes?: string;
  };
  contact?: {
    name: string;
    emails: string[];
    role?: ContactRole;
    newInRole?: boolean;
    title?: string;
    notes?: string;
    /** Line of each address, when it differs from the row's (vCard EMAIL lines). */
    emailLines?: number[];
  };
}

export interface ClientMatchRules {
  /**
   * Which decides first when no stated domain matched: the client name
   * written in the row (a spreadsheet column someone filled on purpose), or
   * the domain of the contact's address (a vCard's ORG is often stale).
   */
  prefer: 'name' | 'email-domain';
  /** Add the corporate domains of contacts' addresses to clients this import creates. */
  domainsFromEmails: boolean;
}

interface Entry<T> {
  record: T;
  existed: boolean;
  changed: boolean;
  /** Line that created or first touched it in this import, for messages. */
  line?: number;
}

const defaultId = (kind: 'client' | 'contact') => `${kind}-${crypto.randomUUID()}`;

/** Spaces collapsed and case folded, so "ACME  Retail" and "Acme Retail" are one client. */
export function clientNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const CLIENT_FIELD_OF: Record<string, string> = {
  name: 'clientName',
  domains: 'clientDomains',
  tier: 'tier',
  status: 'status',
  annualValue: 'annualValue',
  'annualValue.currency': 'currency',
  notes: 'clientNotes',
};
const CONTACT_FIELD_OF: Record<string, string> = {
  name: 'contactName',
  emails: 'emails',
  role: 'role',
  newInRole: 'newInRole',
  title: 'title',
  notes: 'notes',
};

function fieldOf(path: readonly PropertyKey[], table: Record<string, string>): string {
  const [first, second] = path.map(String);
  return table[`${first}.${second}`] ?? table[first ?? ''] ?? (first || 'row');
}

/** Schema issues as row issues, naming the offending value when the path points into a list. */
function issuesOf(issues: readonly z.core.$ZodIssue[], table: Record<string, string>, line: number, lists: Record<string, readonly string[]>): ImportIssue[] {
  return issues.map((issue) => {
    const [key, index] = issue.path;
    const list = typeof key === 'string' ? lists[key] : undefined;
    const value = typeof index === 'number' ? list?.[index] : undefined;
    const message = value !== undefined && !issue.message.includes(value) ? `"${value}" ${issue.message}` : issue.message;
    return { line, field: fieldOf(issue.path, table), message };
  });
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Folds rows into clients and contacts, reusing what exists: a client is
 * matched by a domain, then by name (or the other way round, see
 * `ClientMatchRules`); a contact by any of its addresses. Existing values are
 * kept and only gaps are filled, so importing the same file twice changes
 * nothing.
 */
export class AccountImport {
  private readonly clients = new Map<string, Entry<Client>>();
  private readonly contacts = new Map<string, Entry<Contact>>();
  private readonly clientByDomain = new Map<string, string>();
  private readonly clientByName = new Map<string, string>();
  private readonly contactByEmail = new Map<string, string>();
  private readonly errors: ImportIssue[] = [];
  private readonly warnings: ImportIssue[] = [];
  private readonly stamp: string;
  private readonly newId: (kind: 'client' | 'contact') => string;
  private rows = 0;
  private importedRows = 0;
  private rowsWithErrors = 0;

  constructor(
    options: ImportOptions,
    private readonly rules: ClientMatchRules,
  ) {
    this.stamp = options.now.toISOString();
    this.newId = options.newId ?? defaultId;
    for (const client of options.existing.clients) this.indexClient({ record: client, existed: true, changed: false });
    for (const contact of options.existing.contacts) this.indexContact({ record: contact, existed: true, changed: false });
  }

  private indexClient(entry: Entry<Client>): void {
    const { id, name, domains } = entry.record;
    this.clients.set(id, entry);
    for (const domain of domains) if (!this.clientByDomain.has(domain)) this.clientByDomain.set(domain, id);
    const key = clientNameKey(name);
    if (!this.clientByName.has(key)) this.clientByName.set(key, id);
  }

  private indexContact(entry: Entry<Contact>): void {
    this.contacts.set(entry.record.id, entry);
    for (const email of entry.record.emails) if (!this.contactByEmail.has(email)) this.contactByEmail.set(email, entry.record.id);
  }

  /** A row the reader could not turn into values; counted, nothing else happens. */
  rejectRow(issues: readonly ImportIssue[]): void {
    this.rows += 1;
    this.rowsWithErrors += 1;
    this.errors.push(...issues);
  }

  addRow(row: AccountRow): void {
    this.rows += 1;
    const warnings: ImportIssue[] = [];
    const result = this.planRow(row, warnings);
    if (!result.ok) {
      this.rowsWithErrors += 1;
      this.errors.push(...result.errors);
      return;
    }
    this.importedRows += 1;
    this.warnings.push(...warnings);
    // A row that repeats its client's values leaves the indexes as they are.
    if (this.clients.get(result.client.record.id)?.record !== result.client.record) this.indexClient(result.client);
    if (result.contact && this.contacts.get(result.contact.record.id)?.record !== result.contact.record) this.indexContact(result.contact);
  }

  private planRow(
    row: AccountRow,
    warnings: ImportIssue[],
  ): { ok: true; client: Entry<Client>; contact?: Entry<Contact> } | { ok: false; errors: ImportIssue[] } {
    const { line } = row;
    const corporateDomains = [...new Set((row.contact?.emails ?? []).map((email) => domainOfEmail(email.toLowerCase())))].filter(
      (domain) => DomainSchema.safeParse(domain).success && !isPersonalMailDomain(domain),
    );

    const found = this.findClient(row, corporateDomains, warnings);
    if (!found.ok) return { ok: false, errors: [{ line, field: found.field, message: found.message }] };
    const current = found.id ? this.clients.get(found.id) : undefined;

    const client = current ? this.mergeClient(current, row, corporateDomains, warnings) : this.createClient(row, corporateDomains, warnings);
    if (client.record !== current?.record) {
      const clientCheck = ClientSchema.safeParse(client.record);
      if (!clientCheck.success) {
        return { ok: false, errors: issuesOf(clientCheck.error.issues, CLIENT_FIELD_OF, line, { domains: client.record.domains }) };
      }
      client.record = clientCheck.data;
    }

    if (!row.contact) return { ok: true, client };
    const contact = this.planContact(row, row.contact, client.record, warnings);
    const contactCheck = ContactSchema.safeParse(contact.record);
    if (!contactCheck.success) {
      const emailLine = new Map<string, number>();
      row.contact.emails.forEach((email, index) => {
        const at = row.contact?.emailLines?.[index];
        if (at !== undefined) emailLine.set(email.trim().toLowerCase(), at);
      });
      return {
        ok: false,
        errors: contactCheck.error.issues.map((issue) => {
          const [described] = issuesOf([issue], CONTACT_FIELD_OF, line, { emails: contact.record.emails });
          const index = issue.path[0] === 'emails' ? issue.path[1] : undefined;
          const at = typeof index === 'number' ? emailLine.get(contact.record.emails[index] ?? '') : undefined;
          return { ...described!, ...(at !== undefined ? { line: at } : {}) };
        }),
      };
    }
    contact.record = contactCheck.data;
    return { ok: true, client, contact };
  }

  private findClient(
    row: AccountRow,
    corporateDomains: readonly string[],
    warnings: ImportIssue[],
  ): { ok: true; id?: string } | { ok: false; field: string; message: string } {
    const stated = new Set<string>();
    for (const domain of row.client.domains) {
      const id = this.clientByDomain.get(domain.toLowerCase());
      if (id) stated.add(id);
    }
    if (stated.size > 1) {
      const names = [...stated].map((id) => `"${this.clients.get(id)?.record.name}"`).join(' and ');
      return { ok: false, field: 'clientDomains', message: `these domains belong to different clients (${names}); give one client per row` };
    }
    const [byStatedDomain] = stated;
    if (byStatedDomain) {
      this.noteOtherName(row, byStatedDomain, warnings);
      return { ok: true, id: byStatedDomain };
    }
    const byName = row.client.name ? this.clientByName.get(clientNameKey(row.client.name)) : undefined;
    const byEmail = corporateDomains.map((domain) => this.clientByDomain.get(domain)).find((id) => id !== undefined);
    const id = this.rules.prefer === 'name' ? (row.client.name ? byName : byEmail) : (byEmail ?? byName);
    if (id) return { ok: true, id };
    if (!row.client.name) {
      return { ok: false, field: 'clientName', message: 'no client name, and no address or domain of a known client to tell which client this is' };
    }
    return { ok: true };
  }

  /** The row names its client differently from the client its domain belongs to: say which won. */
  private noteOtherName(row: AccountRow, id: string, warnings: ImportIssue[]): void {
    const client = this.clients.get(id)?.record;
    if (client && row.client.name && clientNameKey(row.client.name) !== clientNameKey(client.name)) {
      warnings.push({
        line: row.line,
        field: 'clientName',
        message: `"${row.client.name}" was matched to the client "${client.name}" by its domain`,
      });
    }
  }

  /** Domains not yet owned by another client; a domain owned elsewhere is skipped with a warning. */
  private freeDomains(domains: readonly string[], ownerId: string | undefined, line: number, field: string, warnings: ImportIssue[], warn: boolean): string[] {
    const free: string[] = [];
    for (const raw of domains) {
      const domain = raw.toLowerCase();
      const owner = this.clientByDomain.get(domain);
      if (owner === undefined || owner === ownerId) free.push(domain);
      else if (warn) {
        warnings.push({ line, field, message: `${domain} already belongs to "${this.clients.get(owner)?.record.name}"; not added` });
      }
    }
    return free;
  }

  private createClient(row: AccountRow, corporateDomains: readonly string[], warnings: ImportIssue[]): Entry<Client> {
    const derived = this.rules.domainsFromEmails ? this.freeDomains(corporateDomains, undefined, row.line, 'emails', warnings, false) : [];
    const domains = [...new Set([...row.client.domains.map((d) => d.toLowerCase()), ...derived])];
    const record: Client = {
      schemaVersion: SCHEMA_VERSION,
      id: this.newId('client'),
      name: row.client.name ?? '',
      domains,
      tier: row.client.tier ?? 'standard',
      status: row.client.status ?? 'active',
      ...(row.client.annualValue ? { annualValue: row.client.annualValue } : {}),
      notes: row.client.notes ?? '',
      protocols: [],
      createdAt: this.stamp,
      updatedAt: this.stamp,
    };
    return { record, existed: false, changed: true, line: row.line };
  }

  /** Keeps what the client has, fills gaps, adds stated domains; differences become warnings. */
  private mergeClient(current: Entry<Client>, row: AccountRow, corporateDomains: readonly string[], warnings: ImportIssue[]): Entry<Client> {
    const before = current.record;
    const next: Client = { ...before };
    const { line } = row;
    const where = current.existed ? `the existing client "${before.name}"` : `"${before.name}" from line ${current.line}`;
    const stated = this.freeDomains(row.client.domains, before.id, line, 'clientDomains', warnings, true);
    // Only a client this import creates learns domains from addresses: an existing one was set up by hand.
    const derived = !current.existed && this.rules.domainsFromEmails ? this.freeDomains(corporateDomains, before.id, line, 'emails', warnings, false) : [];
    const added = [...stated, ...derived].filter((domain) => !before.domains.includes(domain));
    if (added.length) next.domains = [...before.domains, ...new Set(added)];

    const keep = <K extends 'tier' | 'status'>(key: K, field: string, given: Client[K] | undefined) => {
      if (given !== undefined && given !== before[key]) {
        warnings.push({ line, field, message: `kept ${field} "${before[key]}" of ${where}; this row says "${given}"` });
      }
    };
    keep('tier', 'tier', row.client.tier);
    keep('status', 'status', row.client.status);
    const value = row.client.annualValue;
    if (value && !before.annualValue) next.annualValue = value;
    else if (value && before.annualValue && (value.amount !== before.annualValue.amount || value.currency !== before.annualValue.currency)) {
      warnings.push({
        line,
        field: 'annualValue',
        message: `kept ${before.annualValue.amount} ${before.annualValue.currency} of ${where}; this row says ${value.amount} ${value.currency}`,
      });
    }
    if (row.client.notes && before.notes.trim() === '') next.notes = row.client.notes;

    const unchanged = next.domains === before.domains && next.annualValue === before.annualValue && next.notes === before.notes;
    if (unchanged) return current;
    if (current.existed) next.updatedAt = this.stamp;
    return { record: next, existed: current.existed, changed: true, line: current.line ?? line };
  }

  private planContact(row: AccountRow, given: NonNullable<AccountRow['contact']>, client: Client, warnings: ImportIssue[]): Entry<Contact> {
    const emails = given.emails.map((email) => email.trim().toLowerCase());
    const matchedId = emails.map((email) => this.contactByEmail.get(email)).find((id) => id !== undefined);
    const current = matchedId ? this.contacts.get(matchedId) : undefined;
    if (!current) {
      const record: Contact = {
        schemaVersion: SCHEMA_VERSION,
        id: this.newId('contact'),
        clientId: client.id,
        name: given.name,
        emails: [...new Set(emails)],
        role: given.role ?? 'other',
        newInRole: given.newInRole ?? false,
        title: given.title ?? '',
        notes: given.notes ?? '',
        createdAt: this.stamp,
        updatedAt: this.stamp,
      };
      return { record, existed: false, changed: true, line: row.line };
    }

    const before = current.record;
    const where = current.existed ? `the existing contact "${before.name}"` : `"${before.name}" from line ${current.line}`;
    const next: Contact = { ...before };
    const addresses = emails.filter((email) => !before.emails.includes(email) && this.contactByEmail.get(email) === undefined);
    if (addresses.length) next.emails = [...before.emails, ...new Set(addresses)];
    if (before.clientId !== client.id) {
      const owner = this.clients.get(before.clientId)?.record.name ?? before.clientId;
      warnings.push({ line: row.line, field: 'clientName', message: `${where} stays with the client "${owner}"` });
    }
    if (given.name.trim() !== before.name) {
      warnings.push({ line: row.line, field: 'contactName', message: `kept the name of ${where}; this row says "${given.name.trim()}"` });
    }
    if (given.role && given.role !== before.role) {
      if (before.role === 'other') next.role = given.role;
      else warnings.push({ line: row.line, field: 'role', message: `kept role "${before.role}" of ${where}; this row says "${given.role}"` });
    }
    if (given.newInRole) next.newInRole = true;
    if (given.title && before.title === '') next.title = given.title;
    if (given.notes && before.notes.trim() === '') next.notes = given.notes;
    const changed = !sameJson(next, before);
    if (changed && current.existed) next.updatedAt = this.stamp;
    return { record: next, existed: current.existed, changed: current.changed || changed, line: current.line ?? row.line };
  }

  finish(): ImportPlan {
    const clients = [...this.clients.values()].filter((entry) => entry.changed);
    const contacts = [...this.contacts.values()].filter((entry) => entry.changed);
    return {
      clients: clients.map((entry) => entry.record),
      contacts: contacts.map((entry) => entry.record),
      errors: this.errors,
      warnings: this.warnings,
      stats: {
        rows: this.rows,
        importedRows: this.importedRows,
        rowsWithErrors: this.rowsWithErrors,
        clientsCreated: clients.filter((entry) => !entry.existed).length,
        clientsUpdated: clients.filter((entry) => entry.existed).length,
        contactsCreated: contacts.filter((entry) => !entry.existed).length,
        contactsUpdated: contacts.filter((entry) => entry.existed).length,
      },
    };
  }
}
