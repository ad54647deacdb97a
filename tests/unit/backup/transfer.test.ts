import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  TRANSFER_PART_CHARS,
  createTransferRoom,
  exportBackup,
  fetchBackupParts,
  restoreBackupInParts,
  splitText,
  type TransferProgress,
} from '../../../utils/backup';
import { createMessenger, dispatch } from '../../../utils/messaging';
import { defaultSettings, type MailRecord } from '../../../utils/model';
import { createService, type ServiceDeps } from '../../../utils/service';
import { AccountStore, openBridgekeeperDb } from '../../../utils/store';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

const NOW = new Date('2026-06-01T08:30:00.000Z');
/** What one message may hold here: a stand-in for Chrome's 64 MiB, scaled down with the book. */
const MESSAGE_LIMIT = 8 * TRANSFER_PART_CHARS;
let counter = 0;

async function freshDeps(): Promise<ServiceDeps> {
  const store = new AccountStore(await openBridgekeeperDb({ name: `bk-transfer-${(counter += 1)}` }));
  return {
    store,
    secrets: { getApiKey: async () => null, setApiKey: async () => undefined },
    tabs: { remember: async () => undefined, forget: async () => undefined, recall: async () => null },
    permissions: { contains: async () => false },
    now: () => NOW,
    timeZone: () => 'Europe/Berlin',
    accountsChanged: () => undefined,
    openOptions: async () => undefined,
  } as ServiceDeps;
}

/**
 * The options page talking to the background as Chrome carries it: each
 * message serialised as JSON, and refused above the limit (as Chrome refuses
 * one above 64 MiB).
 */
function pageMessenger(deps: ServiceDeps) {
  const service = createService(deps);
  const sizes: number[] = [];
  const request = createMessenger(async (message) => {
    const sent = JSON.stringify(message);
    if (sent.length > MESSAGE_LIMIT) throw new Error(`Message exceeded maximum allowed size (${sent.length})`);
    const answer = JSON.stringify(await dispatch(service.handlers, JSON.parse(sent), { kind: 'page' }, { warn: () => undefined }));
    if (answer.length > MESSAGE_LIMIT) throw new Error(`Message exceeded maximum allowed size (${answer.length})`);
    sizes.push(sent.length, answer.length);
    return JSON.parse(answer);
  });
  return { request, sizes };
}

function mail(clientId: string, index: number): MailRecord {
  return {
    schemaVersion: 1,
    id: `gmail:${clientId}:${index}`,
    clientId,
    provider: 'gmail',
    threadId: `${clientId}-t`,
    from: `buyer@${clientId}.example`,
    fromName: 'Zoë “the buyer” Ōtani',
    to: ['me@northwind.example'],
    cc: [],
    sentAt: new Date(Date.UTC(2026, 4, 1, index)).toISOString(),
    inbound: true,
    heat: 12,
    mentions: [{ kind: 'payment', due: '2026-06-30' }],
  };
}

/**
 * A book whose backup is several parts long (and longer than one message
 * may be), with what breaks naive splitting: characters outside the BMP
 * (surrogate pairs), quotes, backslashes and line breaks.
 */
async function largeBook(deps: ServiceDeps, clients = 1000): Promise<void> {
  const note = (i: number) => `Client ${i}: "quoted", back\\slash, new\nline, emoji 🧾📈 and 𝔉𝔯𝔞𝔨𝔱𝔲𝔯. `.repeat(110).slice(0, 9_999);
  const ids = Array.from({ length: clients }, (_, i) => `client-${i}`);
  const written = await deps.store.putAccounts({
    clients: ids.map((id, i) => makeClient({ id, name: `Client ${i}`, domains: [`${id}.example`], notes: note(i) })),
    contacts: ids.map((id) => makeContact({ id: `${id}-buyer`, clientId: id, emails: [`buyer@${id}.example`] })),
    commitments: ids.map((id) => makeCommitment({ id: `${id}-renewal`, clientId: id })),
  });
  if (!written.ok) throw new Error(written.error);
  await deps.store.putMail(ids.flatMap((id) => [mail(id, 0), mail(id, 1)]));
  await deps.store.putSettings({ ...defaultSettings(), toneSensitivity: 'strict', ownAddresses: ['me@northwind.example'] });
}

describe('splitText', () => {
  it('gives parts no longer than asked that join back to the text', () => {
    const text = 'abc😀def'.repeat(1000);
    const parts = splitText(text, 7);
    expect(parts.join('')).toBe(text);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(7);
  });

  it('never cuts between the two halves of a character outside the BMP', () => {
    // '😀' is two UTF-16 units; with parts of 4 units, 'ab😀😀' would cut the second pair.
    const parts = splitText('ab😀😀cd', 4);
    expect(parts).toEqual(['ab😀', '😀cd']);
    for (const part of parts) expect(part.isWellFormed()).toBe(true);
  });

  it('gives no part for an empty text', () => {
    expect(splitText('')).toEqual([]);
  });
});

describe('a backup in parts through the protocol', () => {
  it('exports a backup larger than one message may be, in parts, with the same text as one export', async () => {
    const deps = await freshDeps();
    await largeBook(deps);
    const expected = await exportBackup(deps.store, NOW);
    expect(expected.length).toBeGreaterThan(MESSAGE_LIMIT);
    const { request, sizes } = pageMessenger(deps);

    const progress: TransferProgress[] = [];
    const fetched = await fetchBackupParts(request, (p) => progress.push(p));
    if (!fetched.ok) throw new Error(fetched.error);

    expect(fetched.value.join('')).toBe(expected);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(progress[0]).toEqual({ phase: 'preparing' });
    expect(progress.at(-1)).toEqual({ phase: 'receiving', done: fetched.value.length, total: fetched.value.length });
    expect(fetched.value.length).toBeGreaterThan(8);
  });

  it('round-trips export → restore into an empty store → export byte for byte', async () => {
    const source = await freshDeps();
    await largeBook(source);
    const fetched = await fetchBackupParts(pageMessenger(source).request);
    if (!fetched.ok) throw new Error(fetched.error);
    const text = fetched.value.join('');

    const target = await freshDeps();
    const { request, sizes } = pageMessenger(target);
    const progress: TransferProgress[] = [];
    const restored = await restoreBackupInParts(request, text, { mode: 'replace' }, (p) => progress.push(p));

    expect(restored).toEqual({ ok: true, counts: { clients: 1000, contacts: 1000, commitments: 1000, mail: 2000, dismissals: 0 }, settingsRestored: true });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(progress.filter((p) => p.phase === 'sending').at(-1)).toMatchObject({ done: fetched.value.length });
    expect(progress.at(-1)).toEqual({ phase: 'writing' });
    const again = await fetchBackupParts(pageMessenger(target).request);
    expect(again.ok && again.value.join('')).toBe(text);
  });

  it('writes nothing when a part never arrived', async () => {
    const source = await freshDeps();
    await largeBook(source, 400);
    const text = await exportBackup(source.store, NOW);
    const target = await freshDeps();
    await target.store.putClient(makeClient({ id: 'client-mine', name: 'Mine', domains: ['mine.example'] }));
    const before = await exportBackup(target.store, NOW);
    const { request } = pageMessenger(target);

    const parts = splitText(text);
    const start = await request('backup/restore/start', { chars: text.length, parts: parts.length });
    if (!start.ok) throw new Error(start.error);
    for (const [index, part] of parts.entries()) {
      if (index !== 1) await request('backup/restore/part', { transferId: start.transferId, index, text: part });
    }
    const finished = await request('backup/restore/finish', { transferId: start.transferId, mode: 'replace' });

    expect(finished).toEqual({ ok: false, error: `The file did not arrive whole (part 2 of ${parts.length} is missing). Nothing was changed.` });
    expect(await exportBackup(target.store, NOW)).toBe(before);
  });

  it('takes parts in any order', async () => {
    const source = await freshDeps();
    await largeBook(source, 400);
    const text = await exportBackup(source.store, NOW);
    const target = await freshDeps();
    const { request } = pageMessenger(target);

    const parts = splitText(text);
    const start = await request('backup/restore/start', { chars: text.length, parts: parts.length });
    if (!start.ok) throw new Error(start.error);
    for (const index of [...parts.keys()].reverse()) await request('backup/restore/part', { transferId: start.transferId, index, text: parts[index]! });
    expect((await request('backup/restore/finish', { transferId: start.transferId, mode: 'replace' })).ok).toBe(true);
    expect(await exportBackup(target.store, NOW)).toBe(text);
  });

  it('refuses a cut-off or invalid file sent in parts exactly as backup/restore does, and writes nothing', async () => {
    const target = await freshDeps();
    await target.store.putClient(makeClient());
    const before = await exportBackup(target.store, NOW);
    const { request } = pageMessenger(target);

    const cut = before.slice(0, before.length - 30);
    const inParts = await restoreBackupInParts(request, cut, { mode: 'replace' });
    const inOne = await request('backup/restore', { text: cut, mode: 'replace' });

    expect(inParts).toEqual(inOne);
    expect(inParts).toEqual({ ok: false, error: expect.stringMatching(/^The file is not complete JSON/) });
    expect(await exportBackup(target.store, NOW)).toBe(before);
  });
});

describe('the transfer room', () => {
  const room = (clock = { now: 0 }) => {
    let id = 0;
    return { clock, room: createTransferRoom({ now: () => clock.now, newId: () => `t${(id += 1)}`, idleMs: 1000 }) };
  };

  it('lets an export go once every part was fetched', () => {
    const { room: r } = room();
    const offer = r.offer('x'.repeat(TRANSFER_PART_CHARS + 5));
    expect(offer.parts).toBe(2);
    expect(r.part(offer.transferId, 1)).toEqual({ ok: true, value: 'xxxxx' });
    expect(r.open().outgoing).toBe(1);
    expect(r.part(offer.transferId, 0).ok).toBe(true);
    expect(r.open().outgoing).toBe(0);
    expect(r.part(offer.transferId, 0)).toEqual({ ok: false, error: expect.stringMatching(/no longer open/) });
  });

  it('drops a transfer left idle, so an abandoned restore does not hold its text', () => {
    const { room: r, clock } = room();
    const opened = r.receive(10, 1);
    if (!opened.ok) throw new Error(opened.error);
    r.accept(opened.value, 0, 'x'.repeat(10));
    clock.now = 1001;
    expect(r.open()).toEqual({ outgoing: 0, incoming: 0 });
    expect(r.take(opened.value)).toEqual({ ok: false, error: expect.stringMatching(/no longer open/) });
  });

  it('holds at most two transfers each way', () => {
    const { room: r } = room();
    const first = r.offer('a');
    r.offer('b');
    r.offer('c');
    expect(r.open().outgoing).toBe(2);
    expect(r.part(first.transferId, 0).ok).toBe(false);
  });

  it('refuses a part count that cannot hold the announced length, and text that is not as long as announced', () => {
    const { room: r } = room();
    expect(r.receive(3 * TRANSFER_PART_CHARS, 2).ok).toBe(false);
    expect(r.receive(10, 500).ok).toBe(false);
    const opened = r.receive(10, 1);
    if (!opened.ok) throw new Error(opened.error);
    r.accept(opened.value, 0, 'short');
    expect(r.take(opened.value)).toEqual({ ok: false, error: 'The file did not arrive whole (5 of 10 characters). Nothing was changed.' });
  });
});
