import { addDays, todayIn } from '../dates';
import { type SuggestState, SuggestStateSchema } from '../suggest/state';
import { DEMO_CLIENT_IDS, type DemoData, demoData } from './demo-data';

/** The demo states are a preview and a test fixture, never the user's lists: the same day everywhere. */
const DEMO_STATES_TIME_ZONE = 'UTC';

/**
 * The suggestion state of each demo client as its fixture thread shows it:
 * who is on the thread, how their last reply scored (figures in the range
 * the tone engine gives such messages), and the silence since.
 */
export function demoSuggestStates(now: Date, data: DemoData = demoData(now, DEMO_STATES_TIME_ZONE)): SuggestState[] {
  const today = todayIn(DEMO_STATES_TIME_ZONE, now);
  const day = (offset: number) => addDays(today, offset);
  const of = (clientId: string) => {
    const client = data.clients.find((c) => c.id === clientId);
    if (!client) throw new Error(`demo client ${clientId} is missing`);
    return {
      today,
      client,
      contacts: data.contacts.filter((c) => c.clientId === clientId),
      commitments: data.commitments.filter((c) => c.clientId === clientId),
    };
  };
  const own = (name: string, email: string) => ({ name, email, role: 'own' as const });

  return [
    SuggestStateSchema.parse({
      ...of(DEMO_CLIENT_IDS.acme),
      participants: [
        { name: 'Helen Whitaker', email: 'helen.whitaker@acme-retail.example', role: 'decision-maker', contactId: 'sample-contact-helen-whitaker' },
        { name: 'Maria Gonzalez', email: 'maria.gonzalez@acme-retail.example', role: 'champion', contactId: 'sample-contact-maria-gonzalez' },
        own('Sam Carter', 'sam.carter@northwind-analytics.example'),
        own('Priya Nair', 'priya.nair@northwind-analytics.example'),
      ],
      lastInbound: { heat: 82, level: 'hostile', fromName: 'Helen Whitaker', fromEmail: 'helen.whitaker@acme-retail.example', on: day(-3), answered: true },
      lastOutbound: { heat: 8, level: 'calm', on: day(-3) },
      silenceDays: 1,
      silenceLimitDays: 3,
      ownName: 'Sam Carter',
    }),
    SuggestStateSchema.parse({
      ...of(DEMO_CLIENT_IDS.globex),
      participants: [
        { name: 'Rachel Kim', email: 'rachel.kim@globex-health.example', role: 'champion', contactId: 'sample-contact-rachel-kim' },
        own('Alex Morgan', 'alex.morgan@northwind-analytics.example'),
        own('Tom Becker', 'tom.becker@northwind-analytics.example'),
      ],
      lastInbound: { heat: 18, level: 'calm', fromName: 'Rachel Kim', fromEmail: 'rachel.kim@globex-health.example', on: day(-4), answered: true },
      lastOutbound: { heat: 4, level: 'calm', on: day(-3) },
      silenceDays: 1,
      silenceLimitDays: 3,
      ownName: 'Alex Morgan',
    }),
    SuggestStateSchema.parse({
      ...of(DEMO_CLIENT_IDS.initech),
      participants: [
        { name: 'Nadia Osei', email: 'nadia.osei@initech.example', role: 'decision-maker', contactId: 'sample-contact-nadia-osei' },
        { name: 'Initech Procurement', email: 'procurement@initech.example', role: 'other', contactId: 'sample-contact-initech-procurement' },
        own('Sam Carter', 'sam.carter@northwind-analytics.example'),
      ],
      lastInbound: { heat: 10, level: 'calm', fromName: 'Nadia Osei', fromEmail: 'nadia.osei@initech.example', on: day(-6), answered: true },
      lastOutbound: { heat: 12, level: 'calm', on: day(-5) },
      silenceDays: 2,
      silenceLimitDays: 5,
      ownName: 'Sam Carter',
    }),
  ];
}
