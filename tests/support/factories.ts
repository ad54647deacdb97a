import type { z } from 'zod';
import { ThreadViewSchema, type ThreadView } from '../../utils/messaging';
import { SCHEMA_VERSION, type Client, type Commitment, type Contact } from '../../utils/model';

const STAMP = '2026-05-01T09:00:00.000Z';

export function makeClient(overrides: Partial<Client> = {}): Client {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'client-acme',
    name: 'Acme Retail',
    domains: ['acme-retail.example'],
    tier: 'key',
    status: 'active',
    notes: '',
    protocols: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'contact-maria',
    clientId: 'client-acme',
    name: 'Maria Gonzalez',
    emails: ['maria.gonzalez@acme-retail.example'],
    role: 'champion',
    newInRole: false,
    title: '',
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

export function makeCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'commitment-agreement',
    clientId: 'client-acme',
    kind: 'agreement',
    title: '2026 services agreement',
    dueAt: '2026-05-06',
    sentAt: '2026-03-16',
    status: 'open',
    notified: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

/** A book of `count` clients (`Client 0`…), each with one meeting on 2026-05-26: rows for the popup's triage. */
export function makeMeetingBook(count: number): { clients: Client[]; contacts: Contact[]; commitments: Commitment[] } {
  const clients = Array.from({ length: count }, (_, i) => makeClient({ id: `c-${i}`, name: `Client ${i}`, domains: [`client-${i}.example`] }));
  const commitments = clients.map((c, i) =>
    makeCommitment({ id: `m-${i}`, clientId: c.id, kind: 'meeting', title: `Call ${i}`, sentAt: undefined, dueAt: '2026-05-26' }),
  );
  return { clients, contacts: [], commitments };
}

/**
 * A thread view as the background sends it to the sidebar: an Acme Retail
 * thread with nothing found on it. `overrides` set what a test looks at.
 */
export function makeThreadView(overrides: Partial<z.input<typeof ThreadViewSchema>> = {}): ThreadView {
  return ThreadViewSchema.parse({
    state: 'matched',
    threadId: 't1',
    subject: 'Agreement',
    confidence: 1,
    reason: 'sender is a contact of Acme Retail',
    client: { id: 'client-acme', name: 'Acme Retail' },
    commitments: [],
    participants: [],
    unknownExternal: [],
    deadlineSuggestions: [],
    situations: [],
    signals: [],
    toneContext: {},
    tone: { sensitivity: 'normal', holdOnRisk: true },
    ...overrides,
  });
}
