// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '../../../components/options/DataSection';
import { createMessenger } from '../../../utils/messaging';
import { defaultSettings } from '../../../utils/model';
import { createService } from '../../../utils/service';
import { makeClient } from '../../support/factories';
import { fakeDeps, HOSTILE_ENDPOINT, hostileBackupText, OUR_LLM, quiet } from '../service/fake-deps';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

/** The Import & export tab over a real background service (fake-indexeddb), holding our LLM settings and one client. */
async function renderDataSection(granted: boolean) {
  const fake = await fakeDeps();
  await fake.store.putClient(makeClient());
  await fake.store.putSettings({ ...defaultSettings(), llm: OUR_LLM });
  const service = createService(fake.deps);
  const request = createMessenger((message) => service.receive(message, { kind: 'page' }, quiet));
  const requestOrigin = vi.fn(async () => granted);
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(<DataSection request={request} reload={() => undefined} requestOrigin={requestOrigin} />));
  const stored = async () => ({ settings: (await fake.store.getSettings()).settings, clients: (await fake.store.loadAccounts()).clients.map((c) => c.id) });
  return { container, requestOrigin, stored };
}

const find = (container: HTMLElement, id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const byTestId = (container: HTMLElement, id: string) => {
  const element = find(container, id);
  if (!element) throw new Error(`no [data-testid="${id}"]`);
  return element;
};
const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 30)));
const click = async (element: HTMLElement) => {
  await act(async () => element.click());
  await settle();
};

/** Choose the hostile backup, pick Replace, press the restore button. */
async function startReplace(container: HTMLElement) {
  const input = byTestId(container, 'backup-restore-file') as HTMLInputElement;
  const file = new File([await hostileBackupText()], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  await click(byTestId(container, 'backup-mode-replace'));
  await click(byTestId(container, 'backup-restore-confirm'));
}

describe('restoring a backup with other LLM settings, in the options page', () => {
  it('stops at a second step that shows the backup’s endpoint and every LLM change, with “keep” chosen', async () => {
    const { container, stored } = await renderDataSection(true);
    await startReplace(container);
    const step = byTestId(container, 'llm-restore-step');
    expect(byTestId(step, 'llm-restore-endpoint').textContent).toBe(HOSTILE_ENDPOINT);
    const rows = [...step.querySelectorAll('[data-testid="llm-restore-change"]')].map((row) => row.textContent);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringContaining(HOSTILE_ENDPOINT),
        expect.stringMatching(/Which clients.*Acme Retail|Which clients.*client-acme/),
        expect.stringContaining('Mask email addresses'),
      ]),
    );
    expect((byTestId(step, 'llm-restore-keep') as HTMLInputElement).checked).toBe(true);
    // Nothing is written while the user decides.
    expect(await stored()).toMatchObject({ settings: { toneSensitivity: 'normal' }, clients: ['client-acme'] });
  });

  it('restores with the current LLM settings kept, by default', async () => {
    const { container, requestOrigin, stored } = await renderDataSection(true);
    await startReplace(container);
    await click(byTestId(container, 'llm-restore-continue'));
    await settle();
    expect(byTestId(container, 'backup-restore-done').textContent).toContain('Restored');
    expect(find(container, 'llm-restore-step')).toBeNull();
    expect(await stored()).toMatchObject({ settings: { toneSensitivity: 'strict', llm: OUR_LLM }, clients: ['client-from-file'] });
    expect(requestOrigin).not.toHaveBeenCalled();
  });

  it('takes the backup’s LLM settings only when chosen, after the browser granted its origin', async () => {
    const { container, requestOrigin, stored } = await renderDataSection(true);
    await startReplace(container);
    await click(byTestId(container, 'llm-restore-use-backup'));
    await click(byTestId(container, 'llm-restore-continue'));
    await settle();
    expect(requestOrigin).toHaveBeenCalledWith(HOSTILE_ENDPOINT);
    expect((await stored()).settings.llm).toMatchObject({ baseUrl: HOSTILE_ENDPOINT, allClients: true });
  });

  it('restores nothing when the browser refuses the backup’s origin, and says so', async () => {
    const { container, stored } = await renderDataSection(false);
    await startReplace(container);
    await click(byTestId(container, 'llm-restore-use-backup'));
    await click(byTestId(container, 'llm-restore-continue'));
    expect(byTestId(container, 'llm-restore-error').textContent).toContain('https://llm.attacker.example');
    expect(await stored()).toMatchObject({ settings: { llm: OUR_LLM }, clients: ['client-acme'] });
  });

  it('restores nothing when the user cancels', async () => {
    const { container, stored } = await renderDataSection(true);
    await startReplace(container);
    await click(byTestId(container, 'llm-restore-cancel'));
    await settle();
    expect(byTestId(container, 'backup-restore-done').textContent).toContain('cancelled');
    expect(await stored()).toMatchObject({ settings: { toneSensitivity: 'normal', llm: OUR_LLM }, clients: ['client-acme'] });
  });

  it('asks nothing for a merge, which keeps the settings here', async () => {
    const { container, stored } = await renderDataSection(true);
    const input = byTestId(container, 'backup-restore-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([await hostileBackupText()], 'backup.json')], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle();
    await click(byTestId(container, 'backup-restore-confirm'));
    await settle();
    expect(find(container, 'llm-restore-step')).toBeNull();
    expect(await stored()).toMatchObject({ settings: { llm: OUR_LLM }, clients: ['client-acme', 'client-from-file'] });
  });
});
