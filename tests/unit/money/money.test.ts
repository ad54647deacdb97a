import { describe, expect, it } from 'vitest';
import { FALLBACK_CURRENCY, currencyForLocale, formatMoney } from '../../../utils/money';

describe('currencyForLocale: a new client’s currency from the browser’s language', () => {
  it.each([
    ['en-US', 'USD'],
    ['en-GB', 'GBP'],
    ['de-DE', 'EUR'],
    ['de-AT', 'EUR'],
    ['de-CH', 'CHF'],
    ['fr-CA', 'CAD'],
    ['pt-BR', 'BRL'],
    ['sv-SE', 'SEK'],
    ['ja-JP', 'JPY'],
    ['en-IN', 'INR'],
    ['es-MX', 'MXN'],
    ['pl-PL', 'PLN'],
    // No region: the one the language most likely means.
    ['en', 'USD'],
    ['ja', 'JPY'],
    ['de', 'EUR'],
    ['pt', 'BRL'],
    // Case and script do not matter.
    ['en-gb', 'GBP'],
    ['zh-Hant-TW', 'TWD'],
  ])('%s → %s', (locale, currency) => {
    expect(currencyForLocale(locale)).toBe(currency);
  });

  it.each([
    ['a region with no single currency', 'es-419'],
    ['a region not in the table', 'en-AQ'],
    ['a malformed tag', 'not a locale!'],
    ['nothing', undefined],
  ])('falls back to %s', (_, locale) => {
    expect(currencyForLocale(locale)).toBe(FALLBACK_CURRENCY);
  });
});

describe('formatMoney: amounts as the browser’s locale writes them', () => {
  const money = { amount: 240_000, currency: 'USD' };

  it('writes the amount the locale’s way, without cents', () => {
    expect(formatMoney(money, 'en-US')).toBe('$240,000');
    expect(formatMoney({ amount: 186_000.4, currency: 'EUR' }, 'de-DE')).toBe('186.000\u00a0€');
    expect(formatMoney({ amount: 45_000, currency: 'GBP' }, 'en-GB')).toBe('£45,000');
  });

  it('keeps the currency it is given, whatever the locale', () => {
    expect(formatMoney(money, 'de-DE')).toBe('240.000\u00a0$');
  });

  it('still writes something for a malformed locale or code', () => {
    expect(formatMoney(money, 'not a locale!')).toMatch(/240,?000/);
    expect(formatMoney({ amount: 5, currency: 'E' }, 'en-US')).toBe('5 E');
  });
});
