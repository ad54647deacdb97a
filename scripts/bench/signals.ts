import type { Client, Commitment, Contact, MailRecord, Settings } from '../../utils/model';
import { defaultSettings } from '../../utils/model';
import { OWN_ADDRESSES, generateAccounts, generateMail } from './accounts';
import { importOptional, measure, withTarget, type BenchEntry } from './measure';

interface SignalsInput {
  client: Client;
  contacts: Contact[];
  commitments: Commitment[];
  mail: MailRecord[];
  settings: Settings;
  now: Date;
  timeZone: string;
}

const CLIENTS = 1000;
const NOW = new Date('2026-11-20T15:00:00Z');
const TIME_ZONE = 'Europe/Berlin';

/**
 * The popup and the badge need every client's signals at once; this is the
 * cost of one such pass over a large book.
 */
export async function bench(): Promise<BenchEntry[]> {
  const name = 'signals.1000clients';
  const module = await importOptional('utils/signals');
  if (typeof module === 'string') return [{ name, missing: module }];
  const computeSignals = module.computeSignals;
  if (typeof computeSignals !== 'function') return [{ name, missing: 'utils/signals does not export computeSignals yet' }];

  const book = generateAccounts({ clients: CLIENTS, contactsPerClient: 5, commitmentsPerClient: 5 });
  const mail = generateMail(book, 50, NOW);
  const settings: Settings = { ...defaultSettings(), ownAddresses: OWN_ADDRESSES };
  const byClient = <T extends { clientId: string }>(items: T[]) => {
    const groups = new Map<string, T[]>();
    for (const item of items) groups.set(item.clientId, [...(groups.get(item.clientId) ?? []), item]);
    return groups;
  };
  const contacts = byClient(book.contacts);
  const commitments = byClient(book.commitments);
  const records = byClient(mail);
  const inputs: SignalsInput[] = book.clients.map((client) => ({
    client,
    contacts: contacts.get(client.id) ?? [],
    commitments: commitments.get(client.id) ?? [],
    mail: records.get(client.id) ?? [],
    settings,
    now: NOW,
    timeZone: TIME_ZONE,
  }));
  const note = `${inputs.length} clients × 50 mail records, 5 contacts, 5 commitments`;
  const everyClient = () => inputs.map((input) => (computeSignals as (input: SignalsInput) => unknown)(input));
  return [withTarget(await measure(name, 'ms', everyClient, { runs: 10, warmup: 2, note }), 200)];
}
