import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../lib/extension-browser';

export type BuildState = { ok: true; built: boolean; stale: boolean } | { ok: false; error: string };

/** Files whose absence means the build in .output is not a whole extension (an old scaffold build, say). */
const REQUIRED = ['manifest.json', 'background.js', 'popup.html', 'content-scripts'];
const SOURCES = ['entrypoints', 'components', 'utils'];

let pending: Promise<BuildState> | undefined;

/**
 * The built extension, built once per bench when it is missing or `force` is
 * set. A build that fails (someone's work in progress) is a value: the
 * figures that need it are reported missing, the rest still run.
 */
export function ensureExtensionBuilt(force = false): Promise<BuildState> {
  pending ??= (async () => {
    const missing = REQUIRED.filter((file) => !existsSync(join(EXTENSION_DIR, file)));
    if (!force && missing.length === 0) return { ok: true, built: false, stale: newestSource() > statSync(join(EXTENSION_DIR, 'manifest.json')).mtimeMs };
    process.stderr.write(`bench: building the extension (${force ? '--build' : `missing ${missing.join(', ')}`})…\n`);
    const result = await runBuild();
    if (!result.ok) return result;
    const stillMissing = REQUIRED.filter((file) => !existsSync(join(EXTENSION_DIR, file)));
    if (stillMissing.length) return { ok: false, error: `the build did not produce ${stillMissing.join(', ')}` };
    return { ok: true, built: true, stale: false };
  })();
  return pending;
}

function runBuild(): Promise<{ ok: true } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['wxt', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, error: `npx wxt build did not start: ${error.message}` }));
    child.on('close', (code) => {
      if (code === 0) return resolve({ ok: true });
      // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC (0x1b)
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      const error = /ERROR\s+(.+)/.exec(plain)?.[1]?.trim() ?? plain.trim().split('\n').pop() ?? `exit code ${code}`;
      const cause = /\[cause\]:\s*(.+)/.exec(plain)?.[1]?.trim();
      resolve({ ok: false, error: `npm run build failed: ${error}${cause && !error.includes(cause) ? ` (${cause})` : ''}` });
    });
  });
}

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCES) if (existsSync(dir)) walk(dir);
  return newest;
}
