import { demoSuggestStates } from '../../utils/sample';
import { chooseSituations, renderSuggestions, SITUATION_IDS, type SuggestState } from '../../utils/suggest';
import { option, printJson } from './io';

/**
 * `npm run --silent inspect -- suggest --list [--now 2026-05-18T10:00:00Z]`
 *   every local template variant of every situation, filled with the demo
 *   data: one line `{"situation","variant","text"}` each.
 * `npm run --silent inspect -- suggest --chosen [--now …]`
 *   the situations chosen for each demo client, with why and priority.
 *
 * A fixed `now` keeps the output stable from one run to the next.
 */
const DEFAULT_NOW = '2026-05-18T10:00:00Z';
const USAGE = 'usage: npm run --silent inspect -- suggest --list|--chosen [--now <ISO date-time>]\n';

export async function run(args: string[]): Promise<number> {
  const nowText = option(args, 'now') ?? DEFAULT_NOW;
  const now = new Date(nowText);
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`--now "${nowText}" is not a date-time like ${DEFAULT_NOW}\n`);
    return 2;
  }
  const states = demoSuggestStates(now);
  if (args.includes('--chosen')) {
    for (const state of states) printJson({ client: state.client.name, situations: chooseSituations(state) });
    return 0;
  }
  if (!args.includes('--list')) {
    process.stderr.write(USAGE);
    return 2;
  }
  for (const situation of SITUATION_IDS) {
    const state = stateFor(states, situation);
    for (const variant of renderSuggestions(state, situation)) {
      // Exactly the documented shape; `--chosen` shows which demo client calls for which situation.
      printJson({ situation, variant: variant.variant, text: variant.text });
    }
  }
  return 0;
}

/** The demo client whose state calls for the situation, else the first (every template renders from any state). */
function stateFor(states: SuggestState[], situation: (typeof SITUATION_IDS)[number]): SuggestState {
  const first = states[0];
  if (!first) throw new Error('the demo has no clients');
  return states.find((state) => chooseSituations(state).some((s) => s.id === situation)) ?? first;
}
