// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientCard } from '../../../components/popup/ClientCard';
import type { ClientStatus } from '../../../utils/messaging';
import { makeClient } from '../../support/factories';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => act(() => root?.unmount()));

function annualValue(client: ClientStatus['client'], locale: string): string | null {
  const status: ClientStatus = { client, health: { level: 'ok', score: 0, reasons: [], basis: [] }, overdue: [], next: null, signals: [], contactCount: 0 };
  const container = document.createElement('div');
  root = createRoot(container);
  act(() => root?.render(<ClientCard status={status} focused={false} expanded={false} onToggle={() => undefined} locale={locale} />));
  return container.querySelector('[data-testid="annual-value"]')?.textContent ?? null;
}

describe('popup card: annual value', () => {
  it('writes the client’s amount in its own currency, the way the browser’s locale writes money', () => {
    const client = makeClient({ annualValue: { amount: 240_000, currency: 'USD' } });
    expect(annualValue(client, 'en-US')).toBe('$240,000 a year');
    expect(annualValue(client, 'de-DE')).toBe('240.000\u00a0$ a year');
  });

  it('says nothing of money for a client without an annual value', () => {
    expect(annualValue(makeClient({ annualValue: undefined }), 'en-US')).toBeNull();
  });
});
