import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/model';
import { answerOwnAccount, effectiveOwnAddresses, ownAccount } from '../../../utils/service/own-account';

const sam = { name: 'Sam Carter', email: 'Sam.Carter@northwind-analytics.example' };
const email = 'sam.carter@northwind-analytics.example';

describe('the signed-in account as an own address', () => {
  it('counts as ours on first sight, and the sidebar is to ask', () => {
    const settings = defaultSettings();
    const account = ownAccount(settings, sam);
    expect(account).toEqual({ email, name: 'Sam Carter', status: 'unconfirmed' });
    expect(effectiveOwnAddresses(settings, account)).toEqual([email]);
  });

  it('is stored on "yes" and asked no more', () => {
    const settings = answerOwnAccount(defaultSettings(), email, true);
    expect(settings.ownAddresses).toEqual([email]);
    expect(ownAccount(settings, sam)?.status).toBe('own');
  });

  it('no longer counts as ours after "no"', () => {
    const settings = answerOwnAccount(answerOwnAccount(defaultSettings(), email, true), email, false);
    const account = ownAccount(settings, sam);
    expect(account?.status).toBe('not-own');
    expect(settings.ownAddresses).toEqual([]);
    expect(effectiveOwnAddresses(settings, account)).toEqual([]);
  });

  it('is unknown when the page shows no account', () => {
    expect(ownAccount(defaultSettings(), null)).toBeNull();
  });
});
