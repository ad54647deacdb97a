import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { buildMatchIndex, explainAddress } from '../../utils/match';
import { CONTACT_ROLES, ClientSchema, ContactSchema, SCHEMA_VERSION, type Client, type Contact } from '../../utils/model';
import { positionals, printJson } from './io';

/** The client book both `match` and `view` read: just what matching needs. */
export const BookSchema = z.object({
  ownAddresses: z.array(z.string()).default([]),
  clients: z.array(z.object({ id: z.string().min(1), name: z.string().min(1), domains: z.array(z.string()).default([]) }).loose()),
  contacts: z
    .array(z.object({ clientId: z.string().min(1), name: z.string().default(''), email: z.string(), role: z.enum(CONTACT_ROLES).default('other') }).loose())
    .default([]),
});
export type Book = z.infer<typeof BookSchema>;

export async function readBook(path: string): Promise<Book> {
  const parsed = BookSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a client book: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const STAMP = '2026-01-01T00:00:00.000Z';

/** The book's clients and contacts as the extension stores them: parsed by the same schemas (domains to A-labels). */
export function bookAccounts(book: Book): { clients: Client[]; contacts: Contact[] } {
  const clients = book.clients.map((c) =>
    ClientSchema.parse({
      schemaVersion: SCHEMA_VERSION,
      id: c.id,
      name: c.name,
      domains: c.domains,
      tier: 'standard',
      status: 'active',
      createdAt: STAMP,
      updatedAt: STAMP,
    }),
  );
  const contacts = book.contacts.flatMap((c, i) => {
    const parsed = ContactSchema.safeParse({
      schemaVersion: SCHEMA_VERSION,
      id: `book-contact-${i + 1}`,
      clientId: c.clientId,
      name: c.name || c.email,
      emails: [c.email],
      role: c.role,
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    return parsed.success ? [parsed.data] : [];
  });
  return { clients, contacts };
}

/** `inspect match BOOK.json ADDRESSES.txt`: one line per address, `{"address","clientId","reason"}`. */
export async function run(args: string[]): Promise<number> {
  const [bookPath, addressesPath] = positionals(args);
  if (!bookPath || !addressesPath) {
    process.stderr.write('usage: inspect match BOOK.json ADDRESSES.txt\n');
    return 2;
  }
  const book = await readBook(bookPath);
  const { clients, contacts } = bookAccounts(book);
  const index = buildMatchIndex(clients, contacts);
  const lines = (await readFile(addressesPath, 'utf8')).split(/\r?\n/);
  for (const line of lines) {
    // The address exactly as it appears in the mail: only the line break is not part of it.
    if (!line.trim()) continue;
    printJson({ address: line, ...explainAddress(index, line, book.ownAddresses) });
  }
  return 0;
}
