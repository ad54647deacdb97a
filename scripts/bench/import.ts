import { generateCsv } from './accounts';
import { exportsOf, importOptional, measure, type BenchEntry } from './measure';

/** The part of `utils/import` this benchmark calls; the mapping names the columns `generateCsv` writes. */
interface ImportModule {
  previewCsv(text: string): unknown;
  buildImport(
    text: string,
    mapping: Record<string, number>,
    options: { now: Date; existing: { clients: never[]; contacts: never[] }; newId?: (kind: 'client' | 'contact') => string },
  ): { clients: unknown[]; contacts: unknown[]; errors: unknown[] };
}

const ROWS = 10_000;
const MAPPING = {
  clientName: 0,
  clientDomains: 1,
  tier: 2,
  status: 3,
  annualValue: 4,
  currency: 5,
  contactName: 6,
  emails: 7,
  role: 8,
  title: 9,
};

/** A CRM export is imported in the options page; preview and plan together are what the user waits for. */
export async function bench(): Promise<BenchEntry[]> {
  const name = 'import.csv.10k';
  const module = exportsOf<ImportModule>(await importOptional('utils/import'), ['previewCsv', 'buildImport'], 'utils/import');
  if (typeof module === 'string') return [{ name, missing: module }];
  const csv = generateCsv(ROWS);
  const now = new Date('2026-11-20T15:00:00Z');
  const parseAndPlan = () => {
    let id = 0;
    module.previewCsv(csv);
    return module.buildImport(csv, MAPPING, { now, existing: { clients: [], contacts: [] }, newId: (kind) => `${kind}-${id++}` });
  };
  const plan = parseAndPlan();
  const note = `${ROWS} rows, ${(csv.length / 1024).toFixed(0)} KiB → ${plan.clients.length} clients, ${plan.contacts.length} contacts, ${plan.errors.length} row errors`;
  return [await measure(name, 'ms', parseAndPlan, { runs: 5, warmup: 1, note })];
}
