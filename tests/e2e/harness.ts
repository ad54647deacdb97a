import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export * from '../../scripts/lib/extension-browser';

/**
 * Where an e2e test writes a picture of what it checked: `test-results/`
 * (ignored by git), or the README's `docs/screenshots/` when
 * `BK_SCREENSHOTS=1`, so that `npm test` never changes a tracked file.
 */
export function screenshotPath(name: string): string {
  const dir = process.env.BK_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
