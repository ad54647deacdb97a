import { useState } from 'react';
import { COMMITMENT_KIND_LABELS, CONTACT_ROLE_LABELS, type Client, type Commitment, type Contact } from '../../utils/model';
import { ClientForm } from './ClientForm';
import { CommitmentForm } from './CommitmentForm';
import { ContactForm } from './ContactForm';

export interface AccountsView {
  clients: Client[];
  contacts: Contact[];
  commitments: Commitment[];
}

export interface AccountActions {
  saveClient(client: Client): Promise<string | null>;
  deleteClient(id: string): Promise<string | null>;
  saveContact(contact: Contact): Promise<string | null>;
  deleteContact(id: string): Promise<string | null>;
  saveCommitment(commitment: Commitment): Promise<string | null>;
  deleteCommitment(id: string): Promise<string | null>;
}

type Editing =
  { what: 'none' } | { what: 'client'; client?: Client } | { what: 'contact'; contact?: Contact } | { what: 'commitment'; commitment?: Commitment };

export function ClientsSection({ accounts, actions }: { accounts: AccountsView; actions: AccountActions }) {
  const [selectedId, setSelectedId] = useState<string | null>(accounts.clients[0]?.id ?? null);
  const [editing, setEditing] = useState<Editing>({ what: 'none' });
  const selected = accounts.clients.find((c) => c.id === selectedId) ?? null;
  const contacts = accounts.contacts.filter((c) => c.clientId === selectedId);
  const commitments = accounts.commitments.filter((c) => c.clientId === selectedId).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const done = () => setEditing({ what: 'none' });
  const afterSave = (save: Promise<string | null>) =>
    save.then((error) => {
      if (!error) done();
      return error;
    });

  return (
    <section className="clients" aria-label="Clients">
      <nav className="client-list" aria-label="Client list">
        <button type="button" className="primary" onClick={() => setEditing({ what: 'client' })}>
          Add client
        </button>
        <ul>
          {accounts.clients
            .slice()
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((client) => (
              <li key={client.id}>
                <button
                  type="button"
                  aria-current={client.id === selectedId}
                  onClick={() => {
                    setSelectedId(client.id);
                    done();
                  }}
                >
                  {client.name}
                  {client.sample ? <span className="tag">sample</span> : null}
                </button>
              </li>
            ))}
        </ul>
      </nav>
      <div className="client-detail">
        {editing.what === 'client' ? (
          <ClientForm
            key={editing.client?.id ?? 'new'}
            {...(editing.client ? { client: editing.client } : {})}
            onSave={(client) =>
              afterSave(actions.saveClient(client)).then((error) => {
                if (!error) setSelectedId(client.id);
                return error;
              })
            }
            onCancel={done}
          />
        ) : selected ? (
          <>
            <header className="detail-header">
              <h2>{selected.name}</h2>
              <p className="muted">
                {selected.tier} · {selected.status} · {selected.domains.join(', ') || 'no domains'}
              </p>
              <div className="actions">
                <button type="button" onClick={() => setEditing({ what: 'client', client: selected })}>
                  Edit client
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    if (confirm(`Delete ${selected.name} with its contacts and commitments?`)) {
                      void actions.deleteClient(selected.id).then((error) => !error && setSelectedId(null));
                    }
                  }}
                >
                  Delete client
                </button>
              </div>
            </header>
            {selected.protocols.length ? (
              <ul className="protocols" aria-label="Agreed protocols">
                {selected.protocols.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ul>
            ) : null}

            <h3>Contacts</h3>
            <ul className="records" aria-label="Contacts">
              {contacts.map((contact) => (
                <li key={contact.id}>
                  <span>
                    <strong>{contact.name}</strong> · {CONTACT_ROLE_LABELS[contact.role]}
                    {contact.newInRole ? ' · new in role' : ''} · {contact.emails.join(', ')}
                  </span>
                  <span className="actions">
                    <button type="button" onClick={() => setEditing({ what: 'contact', contact })}>
                      Edit
                    </button>
                    <button type="button" className="danger" onClick={() => void actions.deleteContact(contact.id)}>
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
            {editing.what === 'contact' ? (
              <ContactForm
                key={editing.contact?.id ?? 'new'}
                clientId={selected.id}
                {...(editing.contact ? { contact: editing.contact } : {})}
                onSave={(contact) => afterSave(actions.saveContact(contact))}
                onCancel={done}
              />
            ) : (
              <button type="button" onClick={() => setEditing({ what: 'contact' })}>
                Add contact
              </button>
            )}

            <h3>Commitments</h3>
            <ul className="records" aria-label="Commitments">
              {commitments.map((commitment) => (
                <li key={commitment.id}>
                  <span>
                    <strong>{commitment.title}</strong> · {COMMITMENT_KIND_LABELS[commitment.kind]} · due {commitment.dueAt} · {commitment.status}
                  </span>
                  <span className="actions">
                    <button type="button" onClick={() => setEditing({ what: 'commitment', commitment })}>
                      Edit
                    </button>
                    <button type="button" className="danger" onClick={() => void actions.deleteCommitment(commitment.id)}>
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
            {editing.what === 'commitment' ? (
              <CommitmentForm
                key={editing.commitment?.id ?? 'new'}
                clientId={selected.id}
                {...(editing.commitment ? { commitment: editing.commitment } : {})}
                onSave={(commitment) => afterSave(actions.saveCommitment(commitment))}
                onCancel={done}
              />
            ) : (
              <button type="button" onClick={() => setEditing({ what: 'commitment' })}>
                Add commitment
              </button>
            )}
          </>
        ) : (
          <p className="empty">No client selected. Add your first client to start tracking deadlines and relationships.</p>
        )}
      </div>
    </section>
  );
}
