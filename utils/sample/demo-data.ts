import { type Client, ClientSchema } from '../model/client';
import { type Commitment, CommitmentSchema } from '../model/commitment';
import { SCHEMA_VERSION } from '../model/common';
import { type Contact, ContactSchema } from '../model/contact';
import { addDays, todayIn } from '../dates';

/**
 * The demo's own mailboxes: the people writing from Northwind Analytics in
 * the fixture pages. They are the user's side, never a client.
 */
export const DEMO_OWN_ADDRESSES = [
  'sam.carter@northwind-analytics.example',
  'priya.nair@northwind-analytics.example',
  'alex.morgan@northwind-analytics.example',
  'tom.becker@northwind-analytics.example',
] as const;

export const DEMO_CLIENT_IDS = {
  acme: 'sample-client-acme-retail',
  globex: 'sample-client-globex-health',
  initech: 'sample-client-initech',
  /** The calm one: nothing due for months, nobody waiting (the demo's third state beside at risk and a deadline soon). */
  umbrella: 'sample-client-umbrella-freight',
} as const;

export interface DemoData {
  clients: Client[];
  contacts: Contact[];
  commitments: Commitment[];
}

/**
 * Clients, people and commitments of the fixture pages (Acme Retail's
 * unsigned agreement and service hold, Globex Health's new CFO, Initech's
 * pilot), with every date counted from `now` so the demo always looks
 * current: at 2026-05-18 the Acme dates are the ones its thread mentions.
 * Days count from the user's today in `timeZone`, the day their lists show.
 * Every record is marked `sample` and has an id starting with `sample-`.
 */
export function demoData(now: Date, timeZone: string): DemoData {
  const today = todayIn(timeZone, now);
  const day = (offset: number) => addDays(today, offset);
  const stamp = `${day(-90)}T09:00:00.000Z`;
  const common = { schemaVersion: SCHEMA_VERSION, createdAt: stamp, updatedAt: stamp, sample: true };

  const clients: Client[] = [
    {
      ...common,
      id: DEMO_CLIENT_IDS.acme,
      name: 'Acme Retail',
      domains: ['acme-retail.example'],
      tier: 'key',
      annualValue: { amount: 240_000, currency: 'USD' },
      status: 'at-risk',
      notes:
        'Store replenishment dashboards and nightly demand forecast feeds for 42 stores and two Ohio distribution centres. Services were held on the first day of their spring promotion and restored the same morning.',
      protocols: [],
    },
    {
      ...common,
      id: DEMO_CLIENT_IDS.globex,
      name: 'Globex Health',
      domains: ['globex-health.example'],
      tier: 'key',
      annualValue: { amount: 186_000, currency: 'USD' },
      status: 'active',
      notes: 'New CFO froze vendor renewals over $50k pending review; Rachel presents a one-page business case for ours.',
      protocols: [
        'Critical dates: write to Rachel two weeks ahead, and copy Marcus on anything over $50k.',
        "Quote readmission figures only after Globex's quality team has signed them off.",
      ],
      facts: {
        outcomes:
          'About 11,600 coordinator hours a year saved in discharge planning (3.1 hours per coordinator per week, $540k at loaded cost); agency staffing spend down $412k since the bed-flow dashboard went live in January.',
        usage: '1,240 active clinical users across 6 hospitals, up 18% year on year.',
        switchingCost:
          'The bed-flow dashboard and discharge planning alerts stop on the renewal date; a replacement means a new build and retraining on every ward.',
      },
    },
    {
      ...common,
      id: DEMO_CLIENT_IDS.initech,
      name: 'Initech',
      domains: ['initech.example'],
      tier: 'standard',
      annualValue: { amount: 45_000, currency: 'USD' },
      status: 'active',
      notes: 'Pilot (PO 7731) running on a courtesy extension until the order form is signed.',
      protocols: [],
    },
    {
      ...common,
      id: DEMO_CLIENT_IDS.umbrella,
      name: 'Umbrella Freight',
      domains: ['umbrella-freight.example'],
      tier: 'standard',
      annualValue: { amount: 72_000, currency: 'USD' },
      status: 'active',
      notes: 'Renewed early last spring; quarterly check-ins with their operations lead.',
      protocols: [],
    },
  ];

  const contact = (id: string, clientId: string, name: string, email: string, role: Contact['role'], title: string, extra: Partial<Contact> = {}): Contact => ({
    ...common,
    id: `sample-contact-${id}`,
    clientId,
    name,
    emails: [email],
    role,
    newInRole: false,
    title,
    notes: '',
    ...extra,
  });

  const contacts: Contact[] = [
    contact('maria-gonzalez', DEMO_CLIENT_IDS.acme, 'Maria Gonzalez', 'maria.gonzalez@acme-retail.example', 'champion', 'Analytics Program Lead'),
    contact(
      'helen-whitaker',
      DEMO_CLIENT_IDS.acme,
      'Helen Whitaker',
      'helen.whitaker@acme-retail.example',
      'decision-maker',
      'Head of Stores & Supply Chain Division',
      {
        notes: 'Has the authority to sign; was not on the agreement thread until the hold.',
      },
    ),
    contact('devon-price', DEMO_CLIENT_IDS.acme, 'Devon Price', 'devon.price@acme-retail.example', 'user', 'Store Systems'),
    contact('acme-legal', DEMO_CLIENT_IDS.acme, 'Acme Retail Legal', 'legal@acme-retail.example', 'other', 'Legal team'),
    contact('rachel-kim', DEMO_CLIENT_IDS.globex, 'Rachel Kim', 'rachel.kim@globex-health.example', 'champion', 'Director of Clinical Operations'),
    contact('marcus-hale', DEMO_CLIENT_IDS.globex, 'Marcus Hale', 'marcus.hale@globex-health.example', 'finance', 'Chief Financial Officer', {
      newInRole: true,
      notes: 'New CFO; cutting 30% of vendor spend this fiscal year.',
    }),
    contact('globex-ap', DEMO_CLIENT_IDS.globex, 'Globex Health AP', 'ap@globex-health.example', 'finance', 'Accounts payable'),
    contact('nadia-osei', DEMO_CLIENT_IDS.initech, 'Nadia Osei', 'nadia.osei@initech.example', 'decision-maker', 'IT Operations Manager'),
    contact('initech-procurement', DEMO_CLIENT_IDS.initech, 'Initech Procurement', 'procurement@initech.example', 'other', 'Procurement'),
    contact('jonas-berg', DEMO_CLIENT_IDS.umbrella, 'Jonas Berg', 'jonas.berg@umbrella-freight.example', 'champion', 'Head of Operations'),
  ];

  const commitment = (
    id: string,
    clientId: string,
    fields: Omit<Commitment, 'id' | 'clientId' | 'schemaVersion' | 'createdAt' | 'updatedAt' | 'notified'> & { notified?: Commitment['notified'] },
  ): Commitment => ({
    ...common,
    id: `sample-commitment-${id}`,
    clientId,
    notified: [],
    ...fields,
  });

  const commitments: Commitment[] = [
    commitment('acme-agreement', DEMO_CLIENT_IDS.acme, {
      kind: 'agreement',
      title: '2026 services agreement',
      sentAt: day(-70),
      dueAt: day(-48),
      status: 'open',
      source: { provider: 'gmail', threadId: '19cd2e79bc066e63' },
    }),
    commitment('acme-hold', DEMO_CLIENT_IDS.acme, {
      kind: 'service-hold',
      title: 'service hold at the end of the courtesy extension',
      dueAt: day(-3),
      status: 'done',
    }),
    commitment('acme-qbr', DEMO_CLIENT_IDS.acme, { kind: 'meeting', title: 'Acme Retail QBR', dueAt: day(8), status: 'open' }),
    commitment('globex-renewal', DEMO_CLIENT_IDS.globex, { kind: 'renewal', title: 'annual renewal', dueAt: day(43), status: 'open' }),
    commitment('globex-business-case', DEMO_CLIENT_IDS.globex, {
      kind: 'deliverable',
      title: 'one-page business case for Marcus',
      dueAt: day(2),
      status: 'open',
      source: { provider: 'outlook', quote: 'Can you get me something by Wednesday so I have time to make it mine?' },
    }),
    commitment('globex-vendor-review', DEMO_CLIENT_IDS.globex, {
      kind: 'deliverable',
      title: 'SOC 2 report and price list for the vendor review',
      dueAt: day(11),
      status: 'open',
    }),
    commitment('globex-invoice', DEMO_CLIENT_IDS.globex, { kind: 'payment', title: 'invoice NW-2026-0911', dueAt: day(-10), status: 'done' }),
    commitment('initech-order-form', DEMO_CLIENT_IDS.initech, {
      kind: 'agreement',
      title: 'pilot order form',
      sentAt: day(-20),
      dueAt: day(4),
      status: 'open',
    }),
    commitment('initech-invoice', DEMO_CLIENT_IDS.initech, {
      kind: 'payment',
      title: 'invoice NW-2026-0388 (pilot set-up fee)',
      dueAt: day(-35),
      status: 'open',
    }),
    commitment('initech-hold', DEMO_CLIENT_IDS.initech, {
      kind: 'service-hold',
      title: 'service pause at the end of the courtesy extension',
      dueAt: day(11),
      status: 'open',
    }),
    commitment('umbrella-review', DEMO_CLIENT_IDS.umbrella, { kind: 'meeting', title: 'Umbrella Freight quarterly review', dueAt: day(75), status: 'open' }),
  ];

  // Parsed so a schema change breaks the demo loudly here, not in the store.
  return {
    clients: clients.map((c) => ClientSchema.parse(c)),
    contacts: contacts.map((c) => ContactSchema.parse(c)),
    commitments: commitments.map((c) => CommitmentSchema.parse(c)),
  };
}
