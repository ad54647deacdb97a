// @vitest-environment happy-dom
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientCard } from '../../../components/popup/ClientCard';
import { DeadlineSuggestions } from '../../../components/sidebar/DeadlineSuggestions';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { buildMatchIndex } from '../../../utils/match';
import { DeadlineSuggestionSchema, type ClientStatus, type ThreadView } from '../../../utils/messaging';
import { defaultSettings, type Commitment, type MailRecord } from '../../../utils/model';
import type { AccountSnapshot } from '../../../utils/service/account-cache';
import { clientSignals, clientStatus } from '../../../utils/service/status';
import { makeClient, makeCommitment, makeContact, makeThreadView } from '../../support/factories';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = new Date('2026-05-18T15:00:00Z');
const TZ = 'America/New_York';
const TODAY = '2026-05-18';

const client = makeClient({ tier: 'key' });
const agreement = makeCommitment(); // 12 days overdue, sent 63 days ago
const qbr = makeCommitment({
  id: 'qbr',
  kind: 'meeting',
  title: 'Acme Retail QBR',
  sentAt: undefined,
  dueAt: '2026-05-26',
  notified: [{ contactId: 'contact-maria', at: '2026-05-01T00:00:00Z' }],
});
const ours: MailRecord = {
  schemaVersion: 1,
  id: 'm1',
  clientId: client.id,
  provider: 'gmail',
  threadId: 't1',
  from: 'sam@northwind.example',
  fromName: 'Sam',
  to: ['maria.gonzalez@acme-retail.example'],
  cc: [],
  sentAt: '2026-04-01T10:00:00-04:00',
  inbound: false,
  heat: 0,
  mentions: [],
};

function statusOf(commitments: Commitment[]): ClientStatus {
  const contacts = [makeContact()];
  const accounts: AccountSnapshot = {
    clients: [client],
    contacts,
    commitments,
    corrupt: [],
    settings: defaultSettings(),
    clientsById: new Map([[client.id, client]]),
    contactsByClient: new Map([[client.id, contacts]]),
    commitmentsByClient: new Map([[client.id, commitments]]),
    index: buildMatchIndex([client], contacts),
  };
  return clientStatus(accounts, client, clientSignals(accounts, client, [ours], NOW, TZ), TODAY);
}

function threadViewOf(status: ClientStatus, debugLog = false): ThreadView {
  const open = [...status.overdue, ...(status.next ? [status.next] : [])];
  return makeThreadView({
    reason: 'sender is the champion',
    client: { id: client.id, name: client.name },
    health: status.health,
    commitments: open.map((c) => ({ id: c.commitment.id, description: c.description, overdue: c.overdue })),
    signals: status.signals,
    debugLog,
  });
}

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

function render(element: ReactElement): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(element));
  return host;
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

function sidebar(view: ThreadView): HTMLElement {
  return render(
    <Sidebar state={{ kind: 'view', view }} debugLog={['read thread t1']} onOpenOptions={() => undefined} clientSections={() => null} pageSections={null} />,
  );
}

describe('each fact once', () => {
  const status = statusOf([agreement, qbr]);

  it('the popup card says "12 days overdue", "63 days" and the silence once each, commitments by title', () => {
    const text = render(<ClientCard status={status} focused={false} expanded={false} onToggle={() => undefined} />).textContent ?? '';
    expect(count(text, '12 days overdue')).toBe(1);
    expect(count(text, '63 days')).toBe(1);
    expect(count(text, 'has not answered our last message')).toBe(1);
    expect(text).toContain('Next: Acme Retail QBR — meeting, in 8 days');
  });

  it('the sidebar says them once each too, and names the health it explains', () => {
    const page = sidebar(threadViewOf(status));
    const text = page.textContent ?? '';
    expect(page.querySelector('[data-testid="health-chip"]')?.getAttribute('data-level')).toBe('at-risk');
    expect(count(text, '12 days overdue')).toBe(1);
    expect(count(text, '63 days')).toBe(1);
    expect(count(text, 'has not answered our last message for 33 business days')).toBe(1);
    expect(page.querySelector('[data-testid="sidebar-commitments"] [data-counts="true"]')?.textContent).toContain('2026 services agreement');
  });
});

describe('the debug log', () => {
  const status = statusOf([qbr]);

  it('stays out of the sidebar unless switched on in the options', () => {
    expect(sidebar(threadViewOf(status, false)).querySelector('[data-testid="debug-log"]')).toBeNull();
  });

  it('shows when switched on', () => {
    expect(sidebar(threadViewOf(status, true)).querySelector('[data-testid="debug-log"]')?.textContent).toContain('read thread t1');
  });
});

describe('deadline cards', () => {
  const card = (over: Record<string, unknown>) =>
    DeadlineSuggestionSchema.parse({
      id: 'x',
      kind: 'agreement',
      due: '2026-06-30',
      quote: 'q',
      title: 'Signed agreement',
      messageId: 'm',
      tracked: false,
      ...over,
    });

  it('offers an upcoming date, and folds past ones away under how many there are, never offering to track them', () => {
    const page = render(
      <DeadlineSuggestions
        suggestions={[
          card({ id: 'up', title: 'Hold all services', kind: 'service-hold', also: ['agreement'], due: '2026-06-15' }),
          card({ id: 'old', title: 'Arrange signature', due: '2026-03-31', past: true }),
        ]}
        onConfirm={() => undefined}
        onDismiss={() => undefined}
      />,
    );
    const upcoming = page.querySelector('[data-due="2026-06-15"]')!;
    expect(upcoming.textContent).toContain('Hold all services — service hold (and agreement), due 15 Jun 2026');
    expect(upcoming.closest('details')).toBeNull();
    expect(upcoming.querySelector('[data-testid="deadline-confirm"]')?.textContent).toBe('Track it');
    const past = page.querySelector('[data-due="2026-03-31"]')!;
    expect(past.closest('details')?.querySelector('summary')?.textContent).toBe('1 date in this thread has passed');
    expect(past.textContent).toContain('was due 31 Mar 2026');
    expect(past.querySelector('[data-testid="deadline-confirm"]')).toBeNull();
    expect(past.querySelector('[data-testid="deadline-dismiss"]')).not.toBeNull();
  });
});
