// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportExportPanel, type ImportExportPanelProps } from '../../../components/import/ImportExportPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Under happy-dom import.meta.url is not a file URL; the path is taken from here instead.
const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/import', name), 'utf8');

let root: Root | undefined;

function renderPanel(overrides: Partial<ImportExportPanelProps> = {}) {
  const props: ImportExportPanelProps = {
    exportBackup: vi.fn(async () => '{}'),
    restoreBackup: vi.fn(async () => ({ ok: true as const, counts: { clients: 0, contacts: 0, commitments: 0, mail: 0, dismissals: 0 } })),
    commitImport: vi.fn(async (data) => ({ ok: true as const, counts: { clients: data.clients.length, contacts: data.contacts.length } })),
    loadAccounts: vi.fn(async () => ({ clients: [], contacts: [] })),
    now: () => new Date('2026-06-01T08:00:00.000Z'),
    ...overrides,
  };
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(<ImportExportPanel {...props} />));
  return { props, container };
}

const byTestId = <T extends HTMLElement>(container: HTMLElement, id: string) => {
  const element = container.querySelector<T>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no [data-testid="${id}"]`);
  return element;
};

/** What a user does in the file dialog: the input gets a file and fires change. */
async function chooseFile(input: HTMLInputElement, name: string, text: string) {
  const file = new File([text], name, { type: 'text/plain' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // Reading the file and loading accounts resolve on later ticks.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

describe('ImportExportPanel', () => {
  it('imports a CSV only after the user chooses to skip the rows with errors', async () => {
    const { props, container } = renderPanel();
    await chooseFile(byTestId(container, 'import-csv-file'), 'kontakte.csv', fixture('contacts-excel-de.csv'));

    expect(byTestId(container, 'import-preview').textContent).toContain('Acme Retail GmbH');
    expect(byTestId(container, 'import-errors').textContent).toContain('line 5, emails: "lena(at)globex.example" must be an email address');
    const confirm = byTestId<HTMLButtonElement>(container, 'import-confirm');
    expect(confirm.disabled).toBe(true);

    act(() => byTestId<HTMLInputElement>(container, 'import-skip-errors').click());
    expect(confirm.disabled).toBe(false);
    await act(async () => confirm.click());

    expect(props.commitImport).toHaveBeenCalledTimes(1);
    const [data] = vi.mocked(props.commitImport).mock.calls[0]!;
    expect([data.clients.length, data.contacts.length]).toEqual([2, 3]);
    expect(byTestId(container, 'import-done').textContent).toBe('Imported 2 clients and 3 contacts.');
  });

  it('rebuilds the import when the user maps a column differently', async () => {
    const { container } = renderPanel();
    await chooseFile(byTestId(container, 'import-csv-file'), 'kontakte.csv', fixture('contacts-excel-de.csv'));
    const select = byTestId<HTMLSelectElement>(container, 'import-map-emails');
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(byTestId(container, 'import-errors').textContent).toContain('emails: needs at least one address');
  });

  it('shows file content as text, never as markup', async () => {
    const { container } = renderPanel();
    await chooseFile(byTestId(container, 'import-csv-file'), 'evil.csv', 'Client,Contact,Email\n<img src=x onerror=alert(1)>,Eve,eve@evil.example\n');
    expect(container.querySelector('img')).toBeNull();
    expect(byTestId(container, 'import-preview').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows why a backup file cannot be restored and offers no confirm button', async () => {
    const { props, container } = renderPanel();
    await chooseFile(byTestId(container, 'backup-restore-file'), 'backup.json', '{"format": "bridgekeeper-backup", "schemaVersion": 1, "data": {');
    expect(byTestId(container, 'backup-restore-error').textContent).toMatch(/^The file is not complete JSON \(it may be truncated\)/);
    expect(container.querySelector('[data-testid="backup-restore-confirm"]')).toBeNull();
    expect(props.restoreBackup).not.toHaveBeenCalled();
  });
});
