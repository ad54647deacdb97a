import { describe, expect, it } from 'vitest';
import { ClientSchema, CommitmentSchema, ContactSchema, DomainSchema, SettingsSchema, parseWith } from '../../../utils/model';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';

describe('domain schemas', () => {
  it('accepts a well-formed client, contact and commitment', () => {
    expect(ClientSchema.safeParse(makeClient()).success).toBe(true);
    expect(ContactSchema.safeParse(makeContact()).success).toBe(true);
    expect(CommitmentSchema.safeParse(makeCommitment()).success).toBe(true);
  });

  it.each([
    ['Acme-Retail.Example', 'acme-retail.example'],
    ['eu.acme.com.', 'eu.acme.com'],
    ['@acme.com', 'acme.com'],
    ['аcme.com', 'xn--cme-5cd.com'],
  ])('normalises the domain %s to %s', (input, expected) => {
    expect(DomainSchema.parse(input)).toBe(expected);
  });

  it.each(['acme', 'acme..com', 'http://acme.com/x', 'acme com', '-acme.com', ''])('rejects %j as a domain', (input) => {
    expect(DomainSchema.safeParse(input).success).toBe(false);
  });

  it('names the field that is wrong', () => {
    const result = parseWith(ClientSchema, makeClient({ domains: ['acme.com', 'not a domain'] }), 'client');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('domains.1') });
  });

  it('rejects an unknown schema version with a message naming the field', () => {
    const result = parseWith(ContactSchema, { ...makeContact(), schemaVersion: 9 }, 'contact');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/schemaVersion/);
  });

  it('rejects a due date that is not a calendar day', () => {
    const result = parseWith(CommitmentSchema, makeCommitment({ dueAt: '30/06/2026' }), 'commitment');
    expect(!result.ok && result.error).toMatch(/dueAt/);
  });

  it('lower-cases contact addresses and requires at least one', () => {
    expect(ContactSchema.parse(makeContact({ emails: ['Maria@ACME.example'] })).emails).toEqual(['maria@acme.example']);
    expect(ContactSchema.safeParse(makeContact({ emails: [] })).success).toBe(false);
  });

  it('fills settings defaults and keeps no API key field', () => {
    const settings = SettingsSchema.parse({ schemaVersion: 1 });
    expect(settings.toneSensitivity).toBe('normal');
    expect(settings.llm.enabled).toBe(false);
    expect(Object.keys(settings.llm)).not.toContain('apiKey');
  });
});
