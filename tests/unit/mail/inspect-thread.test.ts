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
    expect(printed.messages.map((message: { sentAt: string }) => message.sentAt)).toEqual(
      fixture.expected.messages.map((message) => message.sentAt),
    );
  }, 60_000);

  it('takes the provider from the markup when --url is missing, and says so on stderr', () => {
    const { code, stdout, stderr } = inspectThread(['tests/fixtures/outlook/compose-new.html'], 'America/Chicago');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).provider).toBe('outlook');
    expect(stderr).toMatch(/no --url given; read as outlook/);
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
