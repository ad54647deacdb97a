import type { Page } from 'playwright-core';
import type { Client, Commitment, Contact } from '../../utils/model';
import { makeClient, makeContact } from '../support/factories';
import { sendFromPage } from './harness';

const STAMP = '2026-01-05T09:00:00.000Z';

export const acme: Client = makeClient({ createdAt: STAMP, updatedAt: STAMP });

export const globex: Client = { ...acme, id: 'client-globex', name: 'Globex Health', domains: ['globex-health.example'], tier: 'standard' };

export function contact(id: string, clientId: string, name: string, email: string, role: Contact['role'], newInRole = false): Contact {
  return makeContact({ id, clientId, name, emails: [email], role, newInRole, createdAt: STAMP, updatedAt: STAMP });
}

export const acmeContacts = [
  contact('contact-maria', 'client-acme', 'Maria Gonzalez', 'maria.gonzalez@acme-retail.example', 'champion'),
  contact('contact-helen', 'client-acme', 'Helen Whitaker', 'helen.whitaker@acme-retail.example', 'leadership', true),
];
export const globexContacts = [contact('contact-rachel', 'client-globex', 'Rachel Kim', 'rachel.kim@globex-health.example', 'champion')];

/** Writes account data through the extension's own protocol, as the options page would. */
export async function seedAccounts(page: Page, data: { clients: Client[]; contacts?: Contact[]; commitments?: Commitment[]; ownAddresses?: string[] }) {
  for (const client of data.clients) await expectOk(sendFromPage(page, { type: 'client/save', client }));
  for (const c of data.contacts ?? []) await expectOk(sendFromPage(page, { type: 'contact/save', contact: c }));
  for (const c of data.commitments ?? []) await expectOk(sendFromPage(page, { type: 'commitment/save', commitment: c }));
  if (data.ownAddresses) {
    const current = await sendFromPage<{ ok: true; settings: Record<string, unknown> }>(page, { type: 'settings/get' });
    await expectOk(sendFromPage(page, { type: 'settings/save', settings: { ...current.settings, ownAddresses: data.ownAddresses } }));
  }
}

async function expectOk(answer: Promise<unknown>) {
  const result = (await answer) as { ok: boolean; error?: string };
  if (!result.ok) throw new Error(`seeding failed: ${result.error}`);
}

export const OWN_ADDRESSES = [
  'sam.carter@northwind-analytics.example',
  'priya.nair@northwind-analytics.example',
  'alex.morgan@northwind-analytics.example',
  'tom.becker@northwind-analytics.example',
];
