// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientForm } from '../../../components/options/ClientForm';
import { makeClient } from '../../support/factories';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => act(() => root?.unmount()));

function currencyShown(props: Partial<Parameters<typeof ClientForm>[0]>): string {
  const container = document.createElement('div');
  root = createRoot(container);
  act(() => root?.render(<ClientForm onSave={async () => null} onCancel={() => undefined} {...props} />));
  return (container.querySelector('input[name="currency"]') as HTMLInputElement).value;
}

describe('client form: currency', () => {
  it('starts a new client in the currency of the browser’s region', () => {
    expect(currencyShown({ locale: 'en-GB' })).toBe('GBP');
    expect(currencyShown({ locale: 'ja-JP' })).toBe('JPY');
    expect(currencyShown({ locale: 'de-AT' })).toBe('EUR');
  });

  it('reads the browser’s language when none is given', () => {
    Object.defineProperty(navigator, 'language', { value: 'en-CA', configurable: true });
    expect(currencyShown({})).toBe('CAD');
  });

  it('keeps a client’s own currency', () => {
    const client = makeClient({ annualValue: { amount: 1000, currency: 'CHF' } });
    expect(currencyShown({ client, locale: 'en-US' })).toBe('CHF');
  });
});
