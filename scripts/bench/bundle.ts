import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { EXTENSION_DIR } from '../lib/extension-browser';
import { ensureExtensionBuilt } from './extension-build';
import type { BenchEntry, Measured } from './measure';

const ManifestSchema = z.object({
  background: z.object({ service_worker: z.string() }).optional(),
  content_scripts: z.array(z.object({ js: z.array(z.string()).default([]) })).default([]),
  action: z.object({ default_popup: z.string().optional() }).optional(),
  options_ui: z.object({ page: z.string() }).optional(),
  options_page: z.string().optional(),
  web_accessible_resources: z.array(z.object({ resources: z.array(z.string()) })).default([]),
});

const gzipKb = (file: string) => gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length / 1000;

/** A size is one exact reading, not a distribution: median = min = max, one run. */
const size = (name: string, kb: number, note: string): Measured => ({ name, unit: 'kB', median: kb, min: kb, max: kb, runs: 1, note });

/** Scripts an extension page loads: its module entry and the chunks it preloads. */
function scriptsOfPage(page: string): string[] {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) {
    files.add((match[1] ?? match[2]!).replace(/^\//, ''));
  }
  return [...files];
}

/**
 * What each context downloads and parses, gzip level 9 in kB (1,000 bytes).
 * A content script runs on every mail page load, so the largest one is the
 * figure to watch; pages count their entry plus preloaded shared chunks.
 */
export async function bench(): Promise<BenchEntry[]> {
  const build = await ensureExtensionBuilt();
  if (!build.ok) return [{ name: 'bundle.content.gzip', missing: build.error }];
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')));

  const contentScripts = [...new Set(manifest.content_scripts.flatMap((script) => script.js))];
  if (contentScripts.length === 0) {
    // Content scripts registered at run time are not in the manifest; fall back to the folder WXT writes them to.
    contentScripts.push(
      ...readdirSync(join(EXTENSION_DIR, 'content-scripts'))
        .filter((file) => file.endsWith('.js'))
        .map((file) => `content-scripts/${file}`),
    );
  }
  const rows: Measured[] = contentScripts.map((file) => size(`bundle.content.${basename(file, '.js').replace(/^content-/, '')}.gzip`, gzipKb(file), file));
  const largest = [...rows].sort((a, b) => b.median - a.median)[0];
  if (!largest) return [{ name: 'bundle.content.gzip', missing: 'the build has no content script' }];
  // Scripts a content script loads with import() when it needs them (entrypoints/mail-views): not on every mail tab, but counted.
  const lazy = [...new Set(manifest.web_accessible_resources.flatMap((entry) => entry.resources.filter((file) => file.endsWith('.js'))))];
  for (const file of lazy) rows.push(size(`bundle.${basename(file, '.js')}.gzip`, gzipKb(file), `${file}, loaded by the content scripts when first needed`));

  if (manifest.background) rows.push(size('bundle.background.gzip', gzipKb(manifest.background.service_worker), manifest.background.service_worker));
  const pages = [
    ['popup', manifest.action?.default_popup],
    ['options', manifest.options_ui?.page ?? manifest.options_page],
  ] as const;
  for (const [name, page] of pages) {
    if (!page) continue;
    const scripts = scriptsOfPage(page);
    rows.push(
      size(
        `bundle.${name}.gzip`,
        scripts.reduce((sum, file) => sum + gzipKb(file), 0),
        `${page}: ${scripts.join(' + ')}`,
      ),
    );
  }
  const stale = build.stale ? ' (build older than the sources; run with --build)' : '';
  return [{ ...largest, name: 'bundle.content.gzip', note: `largest content script: ${largest.note}${stale}` }, ...rows];
}
