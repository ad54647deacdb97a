import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoThreads, type DemoThread } from '../../../scripts/inspect/demo-threads';
import { daysBetween, todayIn } from '../../../utils/dates';
import { ClientSchema, CommitmentSchema, ContactSchema } from '../../../utils/model';
import { DEMO_CLIENT_IDS, DEMO_OWN_ADDRESSES, demoData } from '../../../utils/sample';
import { chooseSituations, levelOfHeat, SuggestStateSchema } from '../../../utils/suggest';

const NOW = new Date('2026-05-18T10:00:00Z');
const data = demoData(NOW, 'UTC');

type Person = { name: string; email: string };
type Expected = { messages: Array<{ from: Person; to: Person[]; cc: Person[] }>; compose: { to: Person[]; cc: Person[] } };

/** Everyone named on the fixture pages the demo stands for. */
function fixturePeople(): Person[] {
  const files = [
    'tests/fixtures/gmail/thread-agreement.expected.json',
    'tests/fixtures/gmail/compose-popout.expected.json',
    'tests/fixtures/outlook/thread-champion.expected.json',
    'tests/fixtures/outlook/compose-new.expected.json',
  ];
  return files.flatMap((file) => {
    const page = JSON.parse(readFileSync(file, 'utf8')) as Expected;
    return [...page.messages.flatMap((m) => [m.from, ...m.to, ...m.cc]), ...page.compose.to, ...page.compose.cc];
  });
}

describe('demoData', () => {
  it('is valid under the model schemas', () => {
    for (const client of data.clients) expect(ClientSchema.safeParse(client).success).toBe(true);
    for (const contact of data.contacts) expect(ContactSchema.safeParse(contact).success).toBe(true);
    for (const commitment of data.commitments) expect(CommitmentSchema.safeParse(commitment).success).toBe(true);
  });

  it('marks every record as sample, with an id starting with sample-', () => {
    for (const record of [...data.clients, ...data.contacts, ...data.commitments]) {
      expect(record.sample).toBe(true);
      expect(record.id.startsWith('sample-')).toBe(true);
    }
  });

  it('links every contact and commitment to a demo client', () => {
    const ids = new Set(data.clients.map((c) => c.id));
    for (const record of [...data.contacts, ...data.commitments]) expect(ids.has(record.clientId)).toBe(true);
  });

  it('knows every client-side person on the fixture pages, and none of ours', () => {
    const own = new Set<string>(DEMO_OWN_ADDRESSES);
    const filed = new Set(data.contacts.flatMap((c) => c.emails));
    for (const person of fixturePeople()) {
      if (person.email.endsWith('@northwind-analytics.example')) expect(own.has(person.email)).toBe(true);
      else expect(filed.has(person.email)).toBe(true);
    }
  });

  it('never files our own company as a client', () => {
    for (const client of data.clients) expect(client.domains).not.toContain('northwind-analytics.example');
  });

  it('casts Maria and Rachel as champions and Marcus as the new budget holder', () => {
    const byName = (name: string) => data.contacts.find((c) => c.name === name);
    expect(byName('Maria Gonzalez')?.role).toBe('champion');
    expect(byName('Rachel Kim')?.role).toBe('champion');
    expect(byName('Marcus Hale')).toMatchObject({ role: 'finance', newInRole: true });
    expect(byName('Helen Whitaker')?.clientId).toBe(DEMO_CLIENT_IDS.acme);
  });

  it('keeps Globex Health’s business-case figures and agreed protocols', () => {
    const globex = data.clients.find((c) => c.id === DEMO_CLIENT_IDS.globex);
    expect(globex?.facts?.outcomes).toContain('11,600');
    expect(globex?.facts?.usage).toContain('1,240');
    expect(globex?.facts?.switchingCost).not.toBe('');
    expect(globex?.protocols.length).toBeGreaterThan(0);
    expect(globex?.annualValue).toEqual({ amount: 186_000, currency: 'USD' });
  });

  it('dates everything from now, so the agreement is always sent 70 days ago and unsigned', () => {
    for (const now of [NOW, new Date('2027-01-10T15:00:00Z')]) {
      const today = now.toISOString().slice(0, 10);
      const agreement = demoData(now, 'UTC').commitments.find((c) => c.id === 'sample-commitment-acme-agreement');
      expect(agreement?.status).toBe('open');
      expect(daysBetween(agreement?.sentAt ?? '', today)).toBe(70);
      expect(daysBetween(agreement?.dueAt ?? '', today)).toBe(48);
    }
  });

  it('counts from the user’s today, not the UTC day, when their zone is already on the next day', () => {
    // 20:00 UTC on 18 May is 08:00 on 19 May in Auckland: "today" in the user's lists is the 19th.
    const now = new Date('2026-05-18T20:00:00Z');
    const agreement = demoData(now, 'Pacific/Auckland').commitments.find((c) => c.id === 'sample-commitment-acme-agreement');
    expect(daysBetween(agreement?.dueAt ?? '', todayIn('Pacific/Auckland', now))).toBe(48);
    expect(agreement?.dueAt).toBe('2026-04-01');
  });

  it('matches the dates the Acme thread mentions when now is the day the page was saved', () => {
    const agreement = data.commitments.find((c) => c.id === 'sample-commitment-acme-agreement');
    expect(agreement).toMatchObject({ sentAt: '2026-03-09', dueAt: '2026-03-31' });
    expect(data.commitments.find((c) => c.id === 'sample-commitment-acme-hold')?.dueAt).toBe('2026-05-15');
  });
});

describe('the demo threads, as the service reads them', () => {
  let threads: DemoThread[] = [];
  beforeAll(async () => {
    threads = await demoThreads();
  });
  const thread = (name: string) => {
    const found = threads.find((t) => t.state.client.name === name);
    if (!found) throw new Error(`no demo thread for ${name}`);
    return found;
  };
  const chosen = (name: string) => chooseSituations(thread(name).state).map((c) => c.id);

  it('has one thread for each sample client a fixture page shows', () => {
    expect(threads.map((t) => t.state.client.id)).toEqual([DEMO_CLIENT_IDS.acme, DEMO_CLIENT_IDS.globex]);
  });

  it('derives the suggestions the sidebar shows for each page', () => {
    for (const t of threads) expect(chooseSituations(t.state).map((c) => c.id)).toEqual(t.view.situations.map((s) => s.id));
  });

  it('reads Helen’s reply on the Acme thread as hostile, answered by us the same day, and calls for de-escalation', () => {
    const { state } = thread('Acme Retail');
    expect(state.lastInbound).toMatchObject({ fromName: 'Helen Whitaker', on: '2026-05-15', answered: true });
    expect(levelOfHeat(state.lastInbound!.heat)).toBe('hostile');
    expect(state.participants.map((p) => p.role)).toEqual(['decision-maker', 'champion']);
    expect(chosen('Acme Retail')).toContain('de-escalate');
  });

  it('calls for a business case and a thank-you on the Globex thread, with Rachel on it', () => {
    expect(thread('Globex Health').state.participants.map((p) => p.name)).toContain('Rachel Kim');
    expect(chosen('Globex Health')).toEqual(expect.arrayContaining(['champion-business-case', 'thank-champion']));
  });

  it('calls for the hold notice, the overdue invoice and the order form warning at Initech, which has no thread open', () => {
    const of = (id: string) => ({
      client: data.clients.find((c) => c.id === id),
      contacts: data.contacts.filter((c) => c.clientId === id),
      commitments: data.commitments.filter((c) => c.clientId === id),
    });
    const state = SuggestStateSchema.parse({ today: todayIn('UTC', NOW), ...of(DEMO_CLIENT_IDS.initech) });
    expect(chooseSituations(state).map((c) => c.id)).toEqual(expect.arrayContaining(['service-hold-notice', 'firm-final-notice', 'early-deadline-warning']));
  });
});
