import { useId, useMemo, useState } from 'react';
import { buildVcardImport, type ExistingAccounts } from '../../utils/import';
import type { ImportExportPanelProps } from './ImportExportPanel';
import { ImportReview } from './ImportReview';
import { errorText, readChosenFile } from './file-io';

const PREVIEW_CONTACTS = 8;

/** Pick a .vcf, see who would be added to which client and which cards are broken, confirm. */
export function VcardImportSection({ commitImport, loadAccounts, now }: Pick<ImportExportPanelProps, 'commitImport' | 'loadAccounts' | 'now'>) {
  const fileId = useId();
  const [loaded, setLoaded] = useState<{ fileName: string; text: string; existing: ExistingAccounts; generation: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(file: File | undefined) {
    setLoaded(null);
    setError(null);
    if (!file) return;
    try {
      const [text, existing] = await Promise.all([readChosenFile(file), loadAccounts()]);
      setLoaded((previous) => ({ fileName: file.name, text, existing, generation: (previous?.generation ?? 0) + 1 }));
    } catch (cause) {
      setError(`Could not read the file: ${errorText(cause)}`);
    }
  }

  // `now` is read once per file.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const plan = useMemo(() => (loaded ? buildVcardImport(loaded.text, { now: now(), existing: loaded.existing }) : null), [loaded]);
  const clientName = useMemo(() => {
    const names = new Map<string, string>();
    for (const client of [...(loaded?.existing.clients ?? []), ...(plan?.clients ?? [])]) names.set(client.id, client.name);
    return names;
  }, [loaded, plan]);

  return (
    <section className="bk-import__section" aria-labelledby={`${fileId}-title`}>
      <h3 id={`${fileId}-title`}>Import vCard</h3>
      <p className="muted">
        Each card becomes a contact of the client owning its address domain, or named by its organisation. Nothing is written until you confirm.
      </p>
      <div className="field">
        <label htmlFor={fileId}>vCard file (.vcf)</label>
        <input
          id={fileId}
          type="file"
          accept=".vcf,.vcard,text/vcard,text/x-vcard"
          onChange={(event) => void choose(event.target.files?.[0])}
          data-testid="import-vcard-file"
        />
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {loaded && plan ? (
        <>
          {plan.contacts.length > 0 ? (
            <div className="bk-import__table-wrap">
              <table className="bk-import__table" data-testid="import-vcard-preview">
                <caption>{loaded.fileName}: first contacts</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Emails</th>
                    <th scope="col">Client</th>
                    <th scope="col">Title</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.contacts.slice(0, PREVIEW_CONTACTS).map((contact) => (
                    <tr key={contact.id}>
                      <td>{contact.name}</td>
                      <td>{contact.emails.join(', ')}</td>
                      <td>{clientName.get(contact.clientId) ?? ''}</td>
                      <td>{contact.title}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <ImportReview
            key={loaded.generation}
            plan={plan}
            testIdPrefix="import-vcard"
            commit={(data, onProgress) => commitImport(data, onProgress)}
            onCommitted={() => undefined}
          />
        </>
      ) : null}
    </section>
  );
}
