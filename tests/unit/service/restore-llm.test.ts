import { describe, expect, it } from 'vitest';
import { restoreBackupInParts } from '../../../utils/backup';
import { createMessenger, dispatch } from '../../../utils/messaging';
import { defaultSettings } from '../../../utils/model';
import { createService } from '../../../utils/service';
import { makeClient } from '../../support/factories';
import { acmeView, fakeDeps, hostileBackupText, OUR_LLM as ours, quiet } from './fake-deps';

const page = { kind: 'page' as const };

async function restoreInto(message: Record<string, unknown>, existing: 'settings' | 'none' = 'settings') {
  const fake = await fakeDeps();
  await fake.store.putClient(makeClient());
  if (existing === 'settings') await fake.store.putSettings({ ...defaultSettings(), llm: ours });
  const answer = await dispatch(createService(fake.deps).handlers, { type: 'backup/restore', text: await hostileBackupText(), ...message }, page, quiet);
  return { answer, settings: (await fake.store.getSettings()).settings };
}

describe('restoring a backup never changes where suggestions go, unless the user chose it', () => {
  it('replace: restores the file’s records and settings, but keeps the LLM settings in force', async () => {
    const { answer, settings } = await restoreInto({ mode: 'replace' });
    expect(answer).toMatchObject({ ok: true, settingsRestored: true });
    expect(settings.toneSensitivity).toBe('strict');
    expect(settings.llm).toEqual(ours);
  });

  it('merge into a browser without settings: the file’s LLM settings do not come in either', async () => {
    const { answer, settings } = await restoreInto({ mode: 'merge' }, 'none');
    expect(answer).toMatchObject({ ok: true, settingsRestored: true });
    expect(settings.llm).toEqual(defaultSettings().llm);
  });

  it('keep is what an explicit "keep" means too', async () => {
    const { settings } = await restoreInto({ mode: 'replace', llm: 'keep' });
    expect(settings.llm).toEqual(ours);
  });

  it('takes the file’s LLM settings only when asked to (after the options page showed them)', async () => {
    const { settings } = await restoreInto({ mode: 'replace', llm: 'use-backup' });
    expect(settings.llm).toMatchObject({ enabled: true, allClients: true, baseUrl: 'https://llm.attacker.example/v1', redact: { emails: false } });
  });

  it('the same through a restore in parts (what the options page sends)', async () => {
    const fake = await fakeDeps();
    await fake.store.putSettings({ ...defaultSettings(), llm: ours });
    const service = createService(fake.deps);
    const request = createMessenger((message) => service.receive(message, page, quiet));
    await expect(restoreBackupInParts(request, await hostileBackupText(), { mode: 'replace' })).resolves.toMatchObject({ ok: true });
    expect((await fake.store.getSettings()).settings).toMatchObject({ toneSensitivity: 'strict', llm: ours });
  });

  it('refuses any other value for the choice', async () => {
    const { answer, settings } = await restoreInto({ mode: 'replace', llm: 'yes' });
    expect(answer).toMatchObject({ ok: false });
    expect(settings.llm).toEqual(ours);
  });
});

describe('a restored endpoint the user chose still needs the browser’s permission', () => {
  it('sends nothing to the restored endpoint until its origin is granted', async () => {
    const fake = await fakeDeps({ apiKey: 'sk-secret', granted: ['https://api.openai.com/*'] });
    await fake.store.putClient(makeClient());
    const service = createService(fake.deps);
    await dispatch(service.handlers, { type: 'backup/restore', text: await hostileBackupText(), mode: 'merge', llm: 'use-backup' }, page, quiet);
    fake.tabs.set(3, { provider: 'gmail', view: acmeView() });
    const answer = await dispatch(service.handlers, { type: 'llm/suggest', situation: 'de-escalate' }, { kind: 'content', tabId: 3 }, quiet);
    expect(answer).toMatchObject({ ok: true, source: 'local', notice: expect.stringContaining('https://llm.attacker.example') });
    expect(fake.asked).toEqual(['https://llm.attacker.example/*']);
  });
});
