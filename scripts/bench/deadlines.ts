import { deadlineMessage } from './drafts';
import { exportsOf, importOptional, measure, type BenchEntry } from './measure';

interface DeadlinesModule {
  detectDeadlines(text: string, anchor: { sentAt: string; timeZone: string }): unknown[];
}

/** The content script reads every message of a thread it shows; one message must cost little. */
export async function bench(): Promise<BenchEntry[]> {
  const name = 'deadlines.detect.message';
  const deadlines = exportsOf<DeadlinesModule>(await importOptional('utils/deadlines'), ['detectDeadlines'], 'utils/deadlines');
  if (typeof deadlines === 'string') return [{ name, missing: deadlines }];
  const text = deadlineMessage();
  const anchor = { sentAt: '2026-05-04T09:15:00', timeZone: 'Europe/Berlin' };
  const found = deadlines.detectDeadlines(text, anchor).length;
  return [
    await measure(name, 'ms', () => deadlines.detectDeadlines(text, anchor), {
      runs: 20,
      warmup: 3,
      batch: 10,
      note: `${text.length} chars, ${found} deadlines found`,
    }),
  ];
}
