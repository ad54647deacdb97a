import { readFileSync } from 'node:fs';
import type { Extension } from './harness';

/** Next year: fixture dates moved there are still ahead whenever the tests run. */
export const YEAR_AHEAD = new Date().getFullYear() + 1;

/** A fixture's text with its 2026 dates moved to next year. */
export const fixtureAhead = (file: string) => readFileSync(`tests/fixtures/${file}`, 'utf8').replaceAll('2026', String(YEAR_AHEAD));

/**
 * The June Gmail thread with its dates moved to next year, so "by 30 June" is
 * still ahead (a date already past is shown as past, without "Track it"),
 * served at every Gmail URL with Gmail's Trusted Types header.
 */
export async function serveJuneThreadAhead(ext: Extension): Promise<void> {
  const html = fixtureAhead('gmail/thread-agreement-june.html');
  await ext.context.route('https://mail.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "require-trusted-types-for 'script'" },
      body: html,
    }),
  );
}
