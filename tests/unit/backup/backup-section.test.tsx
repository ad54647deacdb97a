// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportExportPanel, type ImportExportPanelProps } from '../../../components/import/ImportExportPanel';
import type { OnTransferProgress } from '../../../utils/backup';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

const BACKUP = JSON.stringify(
  {
    format: 'bridgekeeper-backup',
    schemaVersion: 1,
    exportedAt: '2026-06-01T08:00:00.000Z',
    data: { clients: [], contacts: [], commitments: [], mail: [], dismissals: [], settings: { schemaVersion: 1 } },
  },
  null,
  2,
);

function renderPanel(overrides: Partial<ImportExportPanelProps>) {
  const props: ImportExportPanelProps = {
    exportBackup: vi.fn(async () => '{}'),
    restoreBackup: vi.fn(async () => ({ ok: true as const, counts: { clients: 0, contacts: 0, commitments: 0, mail: 0, dismissals: 0 } })),
    commitImport: vi.fn(async () => ({ ok: true as const, counts: { clients: 0, contacts: 0 } })),
    loadAccounts: vi.fn(async () => ({ clients: [], contacts: [] })),
    now: () => new Date('2026-06-01T08:00:00.000Z'),
    ...overrides,
  };
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(<ImportExportPanel {...props} />));
  return container;
}

const find = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const tick = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

/** A call the test answers when it wants, with the progress callback it was given. */
function held<T>() {
  let resolve!: (value: T) => void;
  let progress: OnTransferProgress = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return {
    fn: (...args: unknown[]) => {
      progress = args.find((arg): arg is OnTransferProgress => typeof arg === 'function') ?? progress;
      return promise;
    },
    report: (p: Parameters<OnTransferProgress>[0]) => act(() => progress(p)),
    resolve: (value: T) => act(async () => resolve(value)),
  };
}

afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the backup section shows how far a transfer got', () => {
  it('fills a progress bar as export parts arrive, then saves the parts as one file', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backup';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const exported = held<string[]>();
    const container = renderPanel({ exportBackup: exported.fn });

    await act(async () => find(container, 'backup-export')!.click());
    expect(find(container, 'backup-export-progress')?.textContent).toBe('Preparing the backup…');
    expect(find(container, 'backup-export')).toHaveProperty('disabled', true);

    await exported.report({ phase: 'receiving', done: 3, total: 70 });
    const bar = find(container, 'backup-export-progress')!;
    expect(bar.querySelector('progress')?.getAttribute('max')).toBe('70');
    expect(bar.querySelector('progress')?.getAttribute('value')).toBe('3');
    expect(bar.textContent).toBe('Receiving part 4 of 70…');

    await exported.resolve(['{"a":', ' 1}\n']);
    await tick();
    expect(find(container, 'backup-export-progress')).toBeNull();
    expect(blobs).toHaveLength(1);
    expect(await blobs[0]!.text()).toBe('{"a": 1}\n');
  });

  it('shows the parts being sent, then the background writing, while a restore runs', async () => {
    const restored = held<{ ok: true; counts: { clients: number; contacts: number; commitments: number; mail: number; dismissals: number } }>();
    const container = renderPanel({ restoreBackup: restored.fn });
    const input = find(container, 'backup-restore-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([BACKUP], 'backup.json')], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await tick();

    await act(async () => find(container, 'backup-restore-confirm')!.click());
    await restored.report({ phase: 'sending', done: 1, total: 2 });
    expect(find(container, 'backup-restore-progress')?.textContent).toBe('Sending part 2 of 2…');
    await restored.report({ phase: 'writing' });
    const bar = find(container, 'backup-restore-progress')!;
    expect(bar.textContent).toBe('Checking and writing the records…');
    expect(bar.querySelector('progress')?.hasAttribute('value')).toBe(false);

    await restored.resolve({ ok: true, counts: { clients: 1, contacts: 0, commitments: 0, mail: 0, dismissals: 0 } });
    expect(find(container, 'backup-restore-progress')).toBeNull();
    expect(find(container, 'backup-restore-done')?.textContent).toMatch(/^Restored: 1 clients/);
  });
});
