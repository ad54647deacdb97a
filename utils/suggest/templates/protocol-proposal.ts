import type { Rupture } from '../reading';
import { criticalDeadlines } from '../situations';
import { buildVariant, joined, line, paragraphs, type Segment, type Variant } from '../variant';
import { thing, type Writer } from './writer';

/** How many dates the proposal lists: enough to make it concrete. */
const LISTED = 3;

/**
 * Critical dates ahead and no agreed way of flagging them, or a rupture that
 * showed the old way failed: propose a simple, written routine.
 */
export function protocolProposal(w: Writer): Variant[] {
  const { reading } = w;
  const people = reading.stakeholders;
  const hasProtocol = reading.state.client.protocols.length > 0;
  const critical = criticalDeadlines(reading).slice(0, LISTED);

  const why = (rupture: Rupture | undefined): Segment[] => {
    if (rupture?.kind === 'hold') {
      return line`After the service hold on ${w.day(rupture.on)}, I have been thinking about how to make sure a critical date never catches your team by surprise again.`;
    }
    if (rupture) return line`After the last few weeks, I have been thinking about how to make sure a critical date never catches anyone by surprise again.`;
    if (hasProtocol) return line`I would like to tighten how we flag critical dates to you.`;
    return line`With some important dates coming up, I would like to agree with you how we flag them.`;
  };

  const dates: Segment[] | null = critical.length
    ? joined(
        critical.map((d) => line`- ${thing(d.commitment)}: ${w.day(d.commitment.dueAt)}${d.daysLeft < 0 ? ' (past due)' : ''}`),
        '\n',
      )
    : null;

  const routine = line`- two weeks before a critical date, I write to all of you with what is needed and by when;
- one week before, a 15-minute call if anything is still open;
- two days before, a last check with whoever signs on your side;
- nothing is paused or stopped without a conversation with you first.`;

  const warm = paragraphs(
    w.greeting(people, 'warm'),
    why(reading.rupture),
    line`Here is what I propose:\n${routine}`,
    dates ? line`The dates it would cover right now:\n${dates}` : null,
    line`Does this work for you? I am happy to adjust it to how your team prefers to work.`,
    w.signOff('warm'),
  );

  const neutral = paragraphs(
    w.greeting(people, 'neutral'),
    line`${why(reading.rupture)} My proposal for ${w.client}:\n${routine}`,
    dates ? line`It would apply first to:\n${dates}` : null,
    line`If you agree, I will write it down and we will follow it from now on.`,
    w.signOff('neutral'),
  );

  const brief = paragraphs(
    w.greeting(people, 'brief'),
    line`A proposal for critical dates: I write to all of you two weeks ahead, we speak one week ahead if anything is open, and nothing is paused without a conversation first. Would that work for you?`,
    w.signOff('brief'),
  );

  const subject = line`How we flag critical dates for ${w.client}`;
  return [
    buildVariant('protocol-proposal', 'warm', warm, subject),
    buildVariant('protocol-proposal', 'neutral', neutral, subject),
    buildVariant('protocol-proposal', 'brief', brief, subject),
  ];
}
