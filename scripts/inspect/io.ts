import { readFile } from 'node:fs/promises';

/** Lines of a .jsonl file, parsed; a bad line is reported with its number, not skipped silently. */
export async function readJsonl(path: string): Promise<Array<{ line: number; value: unknown }>> {
  const text = await readFile(path, 'utf8');
  const out: Array<{ line: number; value: unknown }> = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    try {
      out.push({ line: index + 1, value: JSON.parse(raw) });
    } catch {
      throw new Error(`${path}:${index + 1}: not valid JSON`);
    }
  });
  return out;
}

export function printJson(value: unknown, pretty = false): void {
  process.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}

/** `--name value` from an argument list. */
export function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/** Positional arguments (not flags, not flag values). */
export function positionals(args: readonly string[], flagsWithValue: readonly string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      if (flagsWithValue.includes(arg.slice(2))) i += 1;
      continue;
    }
    out.push(arg);
  }
  return out;
}
