import { deadlineMessage } from './drafts';
import { exportsOf, importOptional, measure, withTarget, type BenchEntry } from './measure';

interface DeadlinesModule {
  detectDeadlines(text: string, anchor: { sentAt: string; timeZone: string }): unknown[];
}

/** A long body where every sentence names dates: what a mail full of schedules costs. */
const DENSE_SENTENCE = 'Please sign the order form by Friday 12 June and pay the deposit within 5 business days, else we pause the service. ';

/** The content script reads every message of a thread it shows; one message must cost little, a long dense one too. */
export async function bench(): Promise<BenchEntry[]> {
  const name = 'deadlines.detect.message';
  const deadlines = exportsOf<DeadlinesModule>(await importOptional('utils/deadlines'), ['detectDeadlines'], 'utils/deadlines');
  if (typeof deadlines === 'string')
    return [
      { name, missing: deadlines },
      { name: 'deadlines.detect.20kb', missing: deadlines },
    ];
  const text = deadlineMessage();
  const anchor = { sentAt: '2026-05-04T09:15:00', timeZone: 'Europe/Berlin' };
  const found = deadlines.detectDeadlines(text, anchor).length;
  const dense = DENSE_SENTENCE.repeat(Math.ceil(20_000 / DENSE_SENTENCE.length));
  const denseFound = deadlines.detectDeadlines(dense, anchor).length;
  return [
    await measure(name, 'ms', () => deadlines.detectDeadlines(text, anchor), {
      runs: 20,
      warmup: 3,
      batch: 10,
      note: `${text.length} chars, ${found} deadlines found`,
    }),
    withTarget(
      await measure('deadlines.detect.20kb', 'ms', () => deadlines.detectDeadlines(dense, anchor), {
        runs: 10,
        warmup: 2,
        note: `${dense.length.toLocaleString('en')} chars, a date in every sentence, ${denseFound} deadlines found`,
      }),
      50,
      '< 50 ms',
    ),
  ];
}
