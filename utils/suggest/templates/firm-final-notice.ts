import type { Commitment } from '../../model/commitment';
import type { Person } from '../reading';
import { capitalize } from '../situations';
import { buildVariant, gap, line, paragraphs, type Segment, type Variant } from '../variant';
import { daysText, mainContact, nextAhead, shortNeed, thing, Thing, whatIsNeeded, type Writer } from './writer';

/**
 * Long overdue: say plainly what is open, since when, what follows and when,
 * offer the easiest way to close it, and keep the people who decide informed.
 * Firm through facts and dates, never through blame or ultimatums.
 */
export function firmFinalNotice(w: Writer): Variant[] {
  const { reading } = w;
  const dated = reading.overdue[0];
  const c = dated?.commitment;
  const to = reading.champion ?? mainContact(reading);
  const people = to ? [to] : [];
  const overdueBy = dated ? daysText(-dated.daysLeft) : gap('days overdue');
  const due = c ? w.day(c.dueAt) : gap('due date');
  const hold = nextAhead(reading, ['service-hold'])?.commitment;
  const deciders = reading.stakeholders.filter((p: Person) => p !== to && (p.role === 'decision-maker' || p.role === 'leadership') && p.firstName);

  const consequence: Segment[] = hold
    ? line`To be transparent about where this leaves us: without ${shortNeed(c)}, we will have to pause the service from ${w.day(hold.dueAt)}. I would much rather we avoid that.`
    : line`Could you confirm by ${gap('date you need it by')} when we can expect ${whatIsNeeded(c)}?`;
  const offer = (x: Commitment | undefined): Segment[] =>
    x?.kind === 'payment'
      ? line`If anything about the invoice itself is holding it up, tell me and I will have it corrected straight away.`
      : line`If it helps, I can walk whoever signs on your side through it on a 20-minute call this week, or send a clean copy for e-signature.`;
  const copied: Segment[] | null = deciders.length
    ? line`I have copied ${deciders.map((p) => p.firstName).join(' and ')} so that everyone who signs off has the same information.`
    : null;

  const title = c ? capitalize(c.title) : gap('overdue item');
  const subject =
    c?.kind === 'payment'
      ? line`${title}: payment ${overdueBy} overdue`
      : line`${title}: ${hold ? line`signature needed before ${w.day(hold.dueAt)}` : line`signature needed`}`;

  const warm = paragraphs(
    w.greeting(people, 'warm'),
    line`I am writing about ${thing(c, 'overdue item')}, which was due on ${due} and is now ${overdueBy} overdue. I know how many priorities your team is balancing, so I want to be clear and early about where this stands.`,
    consequence,
    offer(c),
    copied,
    w.signOff('warm'),
  );

  const neutral = paragraphs(
    w.greeting(people, 'neutral'),
    line`${Thing(c, 'overdue item')} was due on ${due} and is now ${overdueBy} overdue. To close it, we need ${whatIsNeeded(c)}.`,
    consequence,
    offer(c),
    copied,
    w.signOff('neutral'),
  );

  const brief = paragraphs(
    w.greeting(people, 'brief'),
    line`${Thing(c, 'overdue item')} is now ${overdueBy} overdue (due ${due}). ${
      hold ? line`Without ${shortNeed(c)}, the service pauses from ${w.day(hold.dueAt)}.` : line`Could we settle it this week?`
    } I am happy to help on a short call.`,
    w.signOff('brief'),
  );

  return [
    buildVariant('firm-final-notice', 'warm', warm, subject),
    buildVariant('firm-final-notice', 'neutral', neutral, subject),
    buildVariant('firm-final-notice', 'brief', brief, subject),
  ];
}
