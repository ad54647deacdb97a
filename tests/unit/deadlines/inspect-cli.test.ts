import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../scripts/inspect/deadlines';

let dir: string | null = null;

afterEach(() => {
  vi.restoreAllMocks();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

async function runOn(lines: string[]): Promise<{ code: number; out: unknown[] }> {
  dir = mkdtempSync(join(tmpdir(), 'deadlines-cli-'));
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  const code = await run([file]);
  return {
    code,
    out: written
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown),
  };
}

describe('inspect deadlines', () => {
  it('prints one compact line per input with kind, due and quote', async () => {
    const { code, out } = await runOn([
      JSON.stringify({ id: 's1', sentAt: '2026-04-29T09:15:00', timeZone: 'Asia/Jakarta', text: 'Could you send the signed agreement by Friday?' }),
    ]);
    expect(code).toBe(0);
    expect(out).toEqual([{ id: 's1', found: [{ kind: 'agreement', due: '2026-05-01', quote: 'signed agreement by Friday' }] }]);
  });

  it('reports a bad line with an error and goes on with the next', async () => {
    const { code, out } = await runOn([
      'not json',
      JSON.stringify({ id: 'zone', sentAt: '2026-04-29T09:15:00', timeZone: 'Mars/Olympus', text: 'Pay by Friday.' }),
      JSON.stringify({ id: 'ok', sentAt: '2026-04-29T09:15:00', timeZone: 'Asia/Jakarta', text: 'We met on Monday.' }),
    ]);
    expect(code).toBe(1);
    expect(out).toEqual([
      { id: 'line 1', found: [], error: 'line 1 is not valid JSON' },
      { id: 'zone', found: [], error: 'Unknown time zone "Mars/Olympus": use an IANA name like Europe/London' },
      { id: 'ok', found: [] },
    ]);
  });
});
