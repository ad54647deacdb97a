import type { Commitment } from '../../model/commitment';
import { CRITICAL_KINDS, type Rupture } from '../reading';
import { buildVariant, gap, line, paragraphs, type Segment, type Variant } from '../variant';
import { mainContact, nextAhead, othersThan, thing, type Writer, youAnd } from './writer';

/**
 * After a rupture they went quiet: acknowledge their side, own ours, state
 * our constraint without apologising for having one, and propose how the
 * next critical date will be handled.
 */
export function reconcile(w: Writer): Variant[] {
  const { reading } = w;
  const to = mainContact(reading);
  const people = to ? [to] : [];
  const others = othersThan(reading, to);
  const focus = reading.overdue[0]?.commitment ?? reading.open.find((d) => CRITICAL_KINDS.includes(d.commitment.kind))?.commitment;
  const next = nextAhead(reading, CRITICAL_KINDS);

  const ownOurs = (rupture: Rupture | undefined): Segment[] => {
    switch (rupture?.kind) {
      case 'hold':
        return line`The service hold on ${w.day(rupture.on)} caused real disruption for your team, and you should have heard about it from me directly, well before it happened. That part is on me.`;
      case 'hard-message':
        return rupture.on
          ? line`My message of ${w.day(rupture.on)} was sharper than it needed to be, and I am sorry for that.`
          : line`My last message was sharper than it needed to be, and I am sorry for that.`;
      case 'hostile-reply':
        return line`Your last message made clear how frustrating this has been on your side, and I do not take that lightly. Some of that is on us, and I own it.`;
      default:
        return line`${gap('what went wrong, and what was ours')}`;
    }
  };

  const constraint = (c: Commitment | undefined): Segment[] => {
    if (c?.kind === 'agreement') {
      return line`Our side of it, plainly: we can only provide the service under a signed agreement, so ${thing(c)} does need to be signed. That requirement stays; how we work through it with you is what I want to change.`;
    }
    if (c?.kind === 'payment') {
      return line`Our side of it, plainly: we need invoices settled within the agreed terms to keep the account running, so ${thing(c)} does need to be paid. That requirement stays; how we work through it with you is what I want to change.`;
    }
    if (c?.kind === 'renewal') {
      return line`Our side of it, plainly: we need a decision on ${thing(c)} by ${w.day(c.dueAt)} to keep the service running without a gap. That date stays; how we get there together is what I want to change.`;
    }
    return line`Our side of it, plainly: ${gap('the constraint on our side')}. That stays; how we work through it with you is what I want to change.`;
  };

  const forWhat: Segment[] = next
    ? line`For the next critical date, ${thing(next.commitment)} on ${w.day(next.commitment.dueAt)}`
    : focus
      ? line`For ${thing(focus)}, and every critical date after it`
      : line`For the next critical date`;

  const proposal = line`${forWhat}, I would like to propose a simple way of working:
- two weeks ahead, I write to ${youAnd(others)} with what is needed and by when;
- one week ahead, we have a 15-minute call if anything is still open;
- nothing is paused or stopped without a conversation with you first.`;

  const warm = paragraphs(
    w.greeting(people, 'warm'),
    line`I have been thinking about how the last few weeks have looked from your side. ${ownOurs(reading.rupture)}`,
    constraint(focus),
    proposal,
    line`Would this work for you? I am glad to shape it around how your team prefers to work.`,
    w.signOff('warm'),
  );

  const neutral = paragraphs(
    w.greeting(people, 'neutral'),
    line`I would like to reset how we work together on ${w.client}. ${ownOurs(reading.rupture)}`,
    constraint(focus),
    proposal,
    line`If this works for you, I will confirm it in writing and we will follow it from now on.`,
    w.signOff('neutral'),
  );

  const brief = paragraphs(
    w.greeting(people, 'brief'),
    line`${ownOurs(reading.rupture)} ${constraint(focus)}`,
    line`My proposal: for every critical date, I write to ${youAnd(others)} two weeks ahead, we speak one week ahead if anything is open, and nothing is paused without talking to you first. Would that work?`,
    w.signOff('brief'),
  );

  return [buildVariant('reconcile', 'warm', warm), buildVariant('reconcile', 'neutral', neutral), buildVariant('reconcile', 'brief', brief)];
}
