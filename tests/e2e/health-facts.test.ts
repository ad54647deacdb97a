import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { GMAIL, launchExtension, sendFromPage, type Extension } from './harness';
import { extensionUi } from './shadow';

const THREAD = JSON.parse(readFileSync('tests/fixtures/gmail/thread-agreement.expected.json', 'utf8')) as { url: string; subject: string };

describe('health, facts and the thread’s deadlines in the sidebar, in Chromium', () => {
  let ext: Extension;
  afterEach(async () => {
    await ext?.close();
  });

  it('says each fact once, offers no past date as a new deadline, gives the hold one card, and shows the debug log only when switched on', async () => {
    ext = await launchExtension({ timezoneId: 'America/New_York', routes: [GMAIL('thread-agreement.html')] });
    const options = await ext.page('options.html');
    const loaded = await sendFromPage<{ ok: boolean; error?: string }>(options, { type: 'sample/load' });
    expect(loaded.ok, loaded.error).toBe(true);

    const page = await ext.context.newPage();
    await page.goto(THREAD.url);
    const ui = extensionUi(page);
    await ui.getByTestId('sidebar-client-name').waitFor();
    await expect(ui.getByTestId('health-chip').getAttribute('data-level')).resolves.toBe('at-risk');

    // Health reasons, commitments and signals together say each fact once.
    const facts = [
      await ui.getByTestId('health-reasons').textContent(),
      await ui.getByTestId('sidebar-commitments').textContent(),
      (await ui.getByTestId('sidebar-signals').count()) ? await ui.getByTestId('sidebar-signals').textContent() : '',
    ].join('\n');
    expect(facts.match(/days overdue/g)).toHaveLength(1);
    expect(facts.match(/has not answered our last message/g)).toHaveLength(1);
    expect(facts).toContain('Acme Retail QBR — meeting, in 8 days');

    // Deadlines found in the thread: the morning's restored service is not one, the hold is one card, past dates are folded.
    const cards = ui.locator('[data-testid="deadline-suggestion"]');
    await expect(cards.count()).resolves.toBe(3);
    await expect(ui.locator('[data-testid="deadline-suggestion"][data-due="2026-05-15"]').count()).resolves.toBe(1);
    await expect(ui.locator('[data-testid="deadline-suggestion"][data-due="2026-05-15"]').getAttribute('data-kind')).resolves.toBe('service-hold');
    await expect(ui.locator('[data-testid="deadline-suggestion"][data-past="false"]').count()).resolves.toBe(0);
    const found = (await ui.getByTestId('deadline-suggestions').textContent()) ?? '';
    expect(found).toContain('3 dates in this thread have passed');
    expect(found).not.toContain('switched back on');
    expect(found).not.toContain(THREAD.subject);

    // The debug log: off by default, on from the options.
    await expect(ui.getByTestId('debug-log').count()).resolves.toBe(0);
    const current = await sendFromPage<{ ok: true; settings: Record<string, unknown> }>(options, { type: 'settings/get' });
    const saved = await sendFromPage<{ ok: boolean }>(options, { type: 'settings/save', settings: { ...current.settings, debugLog: true } });
    expect(saved.ok).toBe(true);
    await page.reload();
    await ui.getByTestId('debug-log').waitFor({ state: 'attached' });
  });
});
