import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pageFixture } from './pages';

/** The inspect CLI, run as a user runs it: a child process with TZ set. */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function inspectThread(args: string[], timeZone: string) {
  const result = spawnSync(`${ROOT}node_modules/.bin/tsx`, ['scripts/inspect.ts', 'thread', ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run inspect -- thread', () => {
  it('prints the snapshot of a saved page in the documented shape, local times read in $TZ', () => {
    const fixture = pageFixture('gmail', 'thread-agreement');
    const { code, stdout } = inspectThread(['tests/fixtures/gmail/thread-agreement.html', '--url', fixture.expected.url], 'America/New_York');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(Object.keys(printed)).toEqual(['provider', 'threadId', 'subject', 'messages', 'compose']);
    expect(Object.keys(printed.messages[0])).toEqual(['id', 'from', 'to', 'cc', 'sentAt', 'collapsed', 'text', 'quoted']);
    expect(Object.keys(printed.compose[0])).toEqual(['to', 'cc', 'subject', 'draftText']);
    expect(printed.threadId).toBe(fixture.expected.threadId);
    expect(printed.messages.map((message: { sentAt: string }) => message.sentAt)).toEqual(fixture.expected.messages.map((message) => message.sentAt));
  }, 60_000);

  it('takes the provider from the markup when --url is missing, and says so on stderr', () => {
    const { code, stdout, stderr } = inspectThread(['tests/fixtures/outlook/compose-new.html'], 'America/Chicago');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).provider).toBe('outlook');
    expect(stderr).toMatch(/no --url given; read as outlook/);
  }, 60_000);

  it('reads a page the way Chromium does: a body with <svg><script> keeps all six messages', () => {
    const page = join(mkdtempSync(join(tmpdir(), 'inspect-thread-')), 'svg-script.html');
    writeFileSync(
      page,
      sixMessagePage(
        '<div>Chart below.</div><svg width="10" height="10"><script>var label = "<div>";</script><rect width="10" height="10"></rect></svg><div>Numbers above.</div>',
      ),
    );
    const { code, stdout } = inspectThread(
      [page, '--url', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBZcVtqWmJxKdNpLrTgHsWvXc', '--now', '2026-05-18T14:00:00Z'],
      'UTC',
    );
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    expect(printed.messages.map((message: { from: { email: string } }) => message.from.email)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `sender${n}@acme.example`),
    );
    expect(printed.messages[2].text).toContain('Chart below.');
    expect(printed.messages[5].text).toBe('Message 6 says hello.');
  }, 60_000);

  it('prints the error and the selectors tried, and exits 1, when the page shows no thread', () => {
    const page = join(mkdtempSync(join(tmpdir(), 'inspect-thread-')), 'settings.html');
    writeFileSync(page, '<!DOCTYPE html><html><body><div role="main"><h1>Settings</h1></div></body></html>');
    const { code, stdout } = inspectThread([page, '--url', 'https://outlook.office.com/mail/options'], 'UTC');
    expect(code).toBe(1);
    const printed = JSON.parse(stdout);
    expect(printed.error).toMatch(/No conversation or compose box/);
    expect(printed.selectors).toContain('[data-app-section="ConversationContainer"]');
  }, 60_000);
});

/** A Gmail conversation of six expanded messages; message 3's body is `body3`. */
function sixMessagePage(body3: string): string {
  const message = (n: number) => `<div role="listitem" aria-expanded="true"><div data-message-id="#msg-f:${n}" data-legacy-message-id="19cd2e79bc066e6${n}">
    <h3><span email="sender${n}@acme.example" name="Sender ${n}">Sender ${n}</span></h3>
    <span class="g3" role="gridcell" title="Mon, Mar ${n + 1}, 2026, 10:0${n} AM">Mar ${n + 1}</span>
    <div class="ii gt"><div class="a3s">${n === 3 ? body3 : `Message ${n} says hello.`}</div></div></div></div>`;
  return `<!DOCTYPE html><html lang="en"><body><div role="main"><h2 data-legacy-thread-id="19cd2e79bc066e61">Subject</h2>
    <div role="list">${[1, 2, 3, 4, 5, 6].map(message).join('')}</div></div></body></html>`;
}
