import { buildVariant, gap, line, paragraphs, type Segment, sentenceStart, type Variant } from '../variant';
import { nextAhead, shortNeed, stillOpen, thing, whatIsNeeded, type Writer } from './writer';

/**
 * A service hold is near: tell every stakeholder early and plainly what will
 * stop, when, why, and what avoids it, so nobody learns of it on the day.
 */
export function serviceHoldNotice(w: Writer): Variant[] {
  const { reading } = w;
  const held = reading.holdsAhead[0] ?? nextAhead(reading, ['service-hold']);
  const hold = held?.commitment;
  const reason = reading.overdue[0]?.commitment;
  const people = reading.stakeholders;
  const on = hold ? w.day(hold.dueAt) : gap('hold date');
  const ahead = held ? `, ${w.inDays(held.daysLeft)}` : '';
  const services = gap('which services stop');
  const because: Segment[] = reason ? line`${thing(reason)} ${stillOpen(reason)}` : line`${gap('the reason for the hold')}`;
  const avoid: Segment[] = reason ? line`${whatIsNeeded(reason)}` : line`${gap('what is needed to avoid it')}`;

  const warm = paragraphs(
    w.greeting(people, 'warm'),
    line`I want to give you as much notice as I can. Because ${because}, the service is due to be paused on ${on}${ahead}. That would affect ${services}.`,
    line`I am telling all of you now so there is time to avoid it, and so that nobody on your side hears about it for the first time on the day. What avoids it: ${reason ? shortNeed(reason) : avoid} before ${on}.`,
    line`If it helps, I can go through it with whoever signs on your side on a short call this week. And if there is something on your side I am not seeing, tell me and I will take it back to our team.`,
    w.signOff('warm'),
  );

  const neutral = paragraphs(
    w.greeting(people, 'neutral'),
    line`Please note that the service is due to be paused on ${on}${ahead}, because ${because}. It would affect ${services}.`,
    line`To avoid it, we need ${avoid} before ${on}. I can help on a short call, or send whatever is needed for it.`,
    w.signOff('neutral'),
  );

  const brief = paragraphs(
    w.greeting(people, 'brief'),
    line`A heads-up: the service is due to be paused on ${on}${ahead}, because ${because}. ${sentenceStart(reason ? line`${shortNeed(reason)}` : avoid)} before then avoids it; tell me if I can help.`,
    w.signOff('brief'),
  );

  const subject = line`${w.client}: service pause planned for ${on}, and how to avoid it`;
  return [
    buildVariant('service-hold-notice', 'warm', warm, subject),
    buildVariant('service-hold-notice', 'neutral', neutral, subject),
    buildVariant('service-hold-notice', 'brief', brief, line`Service pause on ${on}`),
  ];
}
