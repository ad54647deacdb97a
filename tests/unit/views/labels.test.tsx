// @vitest-environment happy-dom
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientsSection, type AccountActions } from '../../../components/options/ClientsSection';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { contactRoleLabel } from '../../../utils/model';
import { makeClient, makeCommitment, makeContact, makeThreadView } from '../../support/factories';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function render(element: ReactElement): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(element));
  return container;
}

const nothing = async () => null;
const actions: AccountActions = {
  saveClient: nothing,
  deleteClient: nothing,
  saveContact: nothing,
  deleteContact: nothing,
  saveCommitment: nothing,
  deleteCommitment: nothing,
};

describe('roles and kinds read the same in the options page and the sidebar', () => {
  it('the options page lists a contact by role label and a commitment by kind label', () => {
    const container = render(
      <ClientsSection
        accounts={{
          clients: [makeClient()],
          contacts: [makeContact({ name: 'Helen Whitaker', role: 'decision-maker' })],
          commitments: [makeCommitment({ title: 'Hold at the end of the extension', kind: 'service-hold' })],
        }}
        actions={actions}
      />,
    );
    const contacts = container.querySelector('[aria-label="Contacts"]')?.textContent ?? '';
    const commitments = container.querySelector('[aria-label="Commitments"]')?.textContent ?? '';
    expect(contacts).toContain('Helen Whitaker · Decision maker ·');
    expect(commitments).toContain('Hold at the end of the extension · Service hold · due');
  });

  it('the sidebar names the people on the thread with the same role labels', () => {
    const view = makeThreadView({
      participants: [
        { email: 'helen@acme-retail.example', name: 'Helen Whitaker', role: 'decision-maker' },
        { email: 'legal@acme-retail.example', name: 'Legal', role: 'other' },
        { email: 'ops@acme-retail.example', name: 'Ops', role: 'night-shift' },
      ],
    });
    const container = render(
      <Sidebar state={{ kind: 'view', view }} debugLog={[]} onOpenOptions={() => undefined} clientSections={() => null} pageSections={null} />,
    );
    const people = [...container.querySelectorAll('[aria-label="People on this thread"] li')].map((li) => li.textContent);
    expect(people).toEqual(['Helen Whitaker — Decision maker', 'Legal — Contact', 'Ops — night-shift']);
  });

  it('reads a role the model does not know as itself, and no role as a contact', () => {
    expect(contactRoleLabel('toString')).toBe('toString');
    expect(contactRoleLabel(undefined)).toBe('Contact');
  });
});
