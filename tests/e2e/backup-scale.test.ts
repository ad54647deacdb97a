import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleBackupText, withoutExportTime } from '../../scripts/bench/scale';
import { launchExtension, type Extension } from './harness';

/**
 * The options page restores and exports a large book through its Import &
 * export panel, in parts with progress bars, and the exported file is the
 * restored one byte for byte. 2,000 clients (10,000 contacts, 20,000 mail
 * records, an 18 MB file in 18 parts) keep this test within a minute; the
 * 10,000-client round trip (89 MB, more than one message may hold) is a step
 * of `npm run bench -- --only scale`, which fails if the texts differ.
 */
const BOOK = { clients: 2_000, contactsPerClient: 5, commitmentsPerClient: 3, mailPerClient: 10 };

describe('a 2,000-client backup through the options page', () => {
  let ext: Extension;
  let dir: string;
  let text: string;

  beforeAll(async () => {
    text = scaleBackupText(BOOK);
    dir = mkdtempSync(join(tmpdir(), 'bk-backup-scale-'));
    writeFileSync(join(dir, 'bridgekeeper-backup-10k.json'), text);
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('restores it, then exports the same bytes', { timeout: 90_000 }, async () => {
    expect(text.length).toBeGreaterThan(10 * 2 ** 20);
    const page = await ext.page('options.html');
    await page.getByRole('tab', { name: 'Import & export' }).click();

    await page.getByTestId('backup-restore-file').setInputFiles(join(dir, 'bridgekeeper-backup-10k.json'));
    await page.getByTestId('backup-restore-summary').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('backup-restore-summary').textContent()).resolves.toContain('2000 clients');
    await page.getByTestId('backup-mode-replace').check();
    await page.getByTestId('backup-restore-confirm').click();
    await page.getByTestId('backup-restore-progress').waitFor({ timeout: 10_000 });
    const done = page.getByTestId('backup-restore-done');
    await done.waitFor({ timeout: 60_000 });
    await expect(done.textContent()).resolves.toBe('Restored: 2000 clients, 10000 contacts, 6000 commitments, 20000 mail records, 0 dismissed suggestions.');

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('backup-export').click();
    await page.getByTestId('backup-export-progress').waitFor({ timeout: 10_000 });
    const file = await (await download).path();
    const exported = readFileSync(file, 'utf8');
    expect(exported.length).toBe(text.length);
    expect(withoutExportTime(exported) === withoutExportTime(text)).toBe(true);
    await page.close();
  });
});
