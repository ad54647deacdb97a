import type { Client, Commitment } from '../../../utils/model';
import type { SuggestStateInput } from '../../../utils/suggest';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

/** Monday 18 May 2026. */
export const TODAY = '2026-05-18';

export const maria = makeContact();
export const helen = makeContact({
  id: 'contact-helen',
  name: 'Helen Whitaker',
  emails: ['helen.whitaker@acme-retail.example'],
  role: 'decision-maker',
  title: 'Head of Stores & Supply Chain Division',
});
export const legal = makeContact({ id: 'contact-legal', name: 'Acme Retail Legal', emails: ['legal@acme-retail.example'], role: 'other' });

export const onThread = {
  maria: { name: 'Maria Gonzalez', email: 'maria.gonzalez@acme-retail.example', role: 'champion', contactId: 'contact-maria' },
  helen: { name: 'Helen Whitaker', email: 'helen.whitaker@acme-retail.example', role: 'decision-maker', contactId: 'contact-helen' },
  sam: { name: 'Sam Carter', email: 'sam.carter@northwind-analytics.example', role: 'own' },
} as const;

export function agreement(overrides: Partial<Commitment> = {}): Commitment {
  return makeCommitment({ title: '2026 services agreement', sentAt: '2026-03-09', dueAt: '2026-03-31', ...overrides });
}

export function hold(overrides: Partial<Commitment> = {}): Commitment {
  return makeCommitment({
    id: 'commitment-hold',
    kind: 'service-hold',
    title: 'service hold',
    dueAt: '2026-05-15',
    sentAt: undefined,
    status: 'done',
    ...overrides,
  });
}

/** Acme Retail with Maria and Helen, nothing open and a calm thread: each test adds what its rule needs. */
export function acmeState(overrides: Partial<Omit<SuggestStateInput, 'client'>> & { client?: Partial<Client> } = {}): SuggestStateInput {
  const { client, ...rest } = overrides;
  return {
    today: TODAY,
    client: makeClient(client),
    contacts: [maria, helen, legal],
    commitments: [],
    participants: [onThread.maria, onThread.sam],
    ownName: 'Sam Carter',
    ...rest,
  };
}

/** Globex Health: Rachel the champion on the thread, Marcus the new CFO, and the figures the user keeps. */
export function globexState(overrides: Partial<SuggestStateInput> = {}): SuggestStateInput {
  const clientId = 'client-globex';
  return {
    today: '2026-10-19',
    client: makeClient({
      id: clientId,
      name: 'Globex Health',
      domains: ['globex-health.example'],
      annualValue: { amount: 186_000, currency: 'USD' },
      facts: {
        outcomes: '11,600 coordinator hours a year saved; agency staffing spend down $412k',
        usage: '1,240 active clinical users across 6 hospitals',
        switchingCost: 'the bed-flow dashboard and discharge planning alerts stop on the renewal date',
      },
    }),
    contacts: [
      makeContact({ id: 'contact-rachel', clientId, name: 'Rachel Kim', emails: ['rachel.kim@globex-health.example'], role: 'champion' }),
      makeContact({
        id: 'contact-marcus',
        clientId,
        name: 'Marcus Hale',
        emails: ['marcus.hale@globex-health.example'],
        role: 'finance',
        newInRole: true,
        title: 'Chief Financial Officer',
      }),
    ],
    commitments: [makeCommitment({ id: 'commitment-renewal', clientId, kind: 'renewal', title: 'annual renewal', dueAt: '2026-12-01', sentAt: undefined })],
    participants: [
      { name: 'Rachel Kim', email: 'rachel.kim@globex-health.example', role: 'champion', contactId: 'contact-rachel' },
      { name: 'Alex Morgan', email: 'alex.morgan@northwind-analytics.example', role: 'own' },
    ],
    lastInbound: { heat: 15, level: 'calm', fromName: 'Rachel Kim', fromEmail: 'rachel.kim@globex-health.example' },
    ownName: 'Alex Morgan',
    ...overrides,
  };
}
