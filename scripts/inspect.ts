/**
 * `npm run --silent inspect -- <what> <file> [options]`: runs the extension's
 * core code in Node and prints JSON. Each command lives in scripts/inspect/.
 */
const COMMANDS = {
  thread: () => import('./inspect/thread'),
  tone: () => import('./inspect/tone'),
  deadlines: () => import('./inspect/deadlines'),
  suggest: () => import('./inspect/suggest'),
  match: () => import('./inspect/match'),
  view: () => import('./inspect/view'),
} as const;

type CommandName = keyof typeof COMMANDS;

function usage(): string {
  return [
    'usage: npm run --silent inspect -- <what> <file> [options]',
    '  thread <file.html> --url <page-url>   ThreadSnapshot JSON of a saved page (local times read in $TZ)',
    '  tone <draft.txt | drafts.jsonl>       tone analysis; .jsonl of {id,text}: one line each',
    '  deadlines <file.jsonl>                commitments in lines of {id,sentAt,timeZone,text}',
    '  suggest --list                        every local template variant, filled with the demo data',
    '  match <book.json> <addresses.txt>     one {address, clientId, reason} line per address',
    "  view <page.html> --url <u> --book <book.json> [--now <iso>]   the sidebar's view of a saved page",
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [what, ...rest] = argv;
  if (!what || !(what in COMMANDS)) {
    process.stderr.write(`${what ? `unknown command "${what}"\n` : ''}${usage()}\n`);
    return 2;
  }
  const command = await COMMANDS[what as CommandName]();
  return command.run(rest);
}

// `inspect … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`inspect: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
