const QUOTE_HEADER = /^(?:On .{4,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|From:\s.+$|Am .{4,120}schrieb .{1,120}:\s*$|Le .{4,120}a écrit\s*:\s*$)/im;

/**
 * The draft without quoted history: everything from a reply header on is cut,
 * and `>` lines are blanked to spaces, so offsets into the result are offsets
 * into the draft.
 */
export function stripQuotedHistory(text: string): string {
  const header = QUOTE_HEADER.exec(text);
  const own = header ? text.slice(0, header.index) : text;
  return own
    .split('\n')
    .map((line) => (/^\s*>/.test(line) ? ' '.repeat(line.length) : line))
    .join('\n');
}
