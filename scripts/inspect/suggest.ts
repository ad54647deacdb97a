import { chooseSituations, renderSuggestions, SITUATION_IDS, type SuggestState } from '../../utils/suggest';
import { demoThreads } from './demo-threads';
import { option, printJson } from './io';

/**
 * `npm run --silent inspect -- suggest --list [--now 2026-05-18T10:00:00Z]`
 *   every local template variant of every situation, filled from the demo
 *   threads: one line `{"situation","variant","text"}` each.
 * `npm run --silent inspect -- suggest --chosen [--now …]`
 *   the situations chosen for each demo thread, with why and priority.
 *
 * The demo threads are the fixture pages `npm run demo` opens, reported to
 * the background service with the sample data loaded (scripts/inspect/demo-threads.ts):
 * who is on each thread, the heat of the last replies and the silence are
 * what the service derives, not typed in. Each page is read at the moment it
 * was saved, so the output is the same from one run to the next; `--now`
 * reads them all at another moment.
 */
const USAGE = 'usage: npm run --silent inspect -- suggest --list|--chosen [--now <ISO date-time>]\n';

export async function run(args: string[]): Promise<number> {
  const nowText = option(args, 'now');
  const now = nowText === undefined ? undefined : new Date(nowText);
  if (now && Number.isNaN(now.getTime())) {
    process.stderr.write(`--now "${nowText}" is not a date-time like 2026-05-18T10:00:00Z\n`);
    return 2;
  }
  if (!args.includes('--chosen') && !args.includes('--list')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const states = (await demoThreads(now)).map((thread) => thread.state);
  if (args.includes('--chosen')) {
    for (const state of states) printJson({ client: state.client.name, situations: chooseSituations(state) });
    return 0;
  }
  for (const situation of SITUATION_IDS) {
    const state = stateFor(states, situation);
    for (const variant of renderSuggestions(state, situation)) {
      // Exactly the documented shape; `--chosen` shows which demo thread calls for which situation.
      printJson({ situation, variant: variant.variant, text: variant.text });
    }
  }
  return 0;
}

/** The demo thread whose state calls for the situation, else the first (every template renders from any state). */
function stateFor(states: SuggestState[], situation: (typeof SITUATION_IDS)[number]): SuggestState {
  const first = states[0];
  if (!first) throw new Error('the demo has no threads');
  return states.find((state) => chooseSituations(state).some((s) => s.id === situation)) ?? first;
}
