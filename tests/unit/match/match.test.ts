import { describe, expect, it } from 'vitest';
import type { ThreadSnapshot } from '../../../utils/mail/snapshot';
import { buildMatchIndex, matchAddress, matchThread } from '../../../utils/match';
import { makeClient, makeContact } from '../../support/factories';

const acme = makeClient({ id: 'acme', name: 'Acme', domains: ['acme.com'] });
const maria = makeContact({ id: 'maria', clientId: 'acme', name: 'Maria', emails: ['maria@acme.com'], role: 'champion' });
const index = buildMatchIndex([acme, makeClient({ id: 'gmail-co', name: 'Gmail Co', domains: ['gmail.com'] })], [maria]);

function threadFrom(...senders: string[]): ThreadSnapshot {
  return {
    provider: 'gmail',
    threadId: 't1',
    subject: 's',
    compose: [],
    messages: senders.map((email, i) => ({
      id: `m${i}`,
      from: { name: '', email },
      to: [],
      cc: [],
      sentAt: null,
      collapsed: false,
      text: '',
      quoted: '',
      signature: '',
    })),
  };
}

describe('matchThread', () => {
  it.each([
    ['an exact contact address', 'maria@acme.com', 'acme', /maria@acme\.com is the champion of Acme/],
    ['the client domain', 'bob@acme.com', 'acme', /writes from acme\.com/],
    ['a subdomain', 'bob@eu.acme.com', 'acme', /writes from acme\.com/],
    ['upper case', 'BOB@ACME.COM', 'acme', /acme\.com/],
  ])('matches %s', (_label, sender, clientId, reason) => {
    const match = matchThread(index, threadFrom(sender), { ownAddresses: [] });
    expect(match).toMatchObject({ status: 'matched', clientId });
    expect(match.reason).toMatch(reason);
  });

  it.each([
    ['a look-alike suffix', 'ceo@acme.com.evil.io'],
    ['a domain that only ends the same', 'x@notacme.com'],
    ['a Cyrillic look-alike', 'maria@аcme.com'],
    ['a personal-mail domain, even if a client lists it', 'someone@gmail.com'],
    ['zero-width tricks that leave no valid address', '\u200b@'],
  ])('never matches %s', (_label, sender) => {
    expect(matchThread(index, threadFrom(sender), { ownAddresses: [] }).status).toBe('none');
  });

  it('ignores the user’s own addresses and prefers the latest external sender', () => {
    const match = matchThread(index, threadFrom('bob@acme.com', 'me@northwind.example'), { ownAddresses: ['me@northwind.example'] });
    expect(match.participants.map((p) => p.email)).toEqual(['bob@acme.com']);
  });

  it('offers unknown external participants as "Add to a client?"', () => {
    const match = matchThread(index, threadFrom('new@globex.example'), { ownAddresses: [] });
    expect(match.unknownExternal).toEqual([{ email: 'new@globex.example', name: '', domain: 'globex.example' }]);
  });

  it.each([
    ['invisible characters in the domain', 'maria@ac\u200bme.com'],
    ['invisible characters in the local part', 'ma\u200bria@acme.com'],
    ['a trailing dot', 'maria@acme.com.'],
    ['fullwidth letters', 'maria@ａｃｍｅ.com'],
  ])('never matches an address with %s: it needed folding to look real', (_label, address) => {
    expect(matchAddress(index, address)).toEqual({});
    expect(matchThread(index, threadFrom(address), { ownAddresses: [] }).status).toBe('none');
  });
});
