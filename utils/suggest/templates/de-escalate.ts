import { buildVariant, gap, line, paragraphs, type Variant } from '../variant';
import { lastWriter, mainContact, thing, type Writer } from './writer';

/**
 * Their last reply is heated: acknowledge it, own what is ours, name the one
 * concrete step being taken (which only the user knows), and offer a call.
 */
export function deEscalate(w: Writer): Variant[] {
  const { reading } = w;
  const to = lastWriter(reading) ?? mainContact(reading);
  const people = to ? [to] : [];
  const matter = reading.overdue[0] ?? reading.holdsAhead[0] ?? reading.open[0];
  const step = gap('the concrete step you are taking');
  const agree = matter ? line`agree together how we handle ${thing(matter.commitment)}` : line`agree together how we take this forward`;

  const warm = paragraphs(
    w.greeting(people, 'warm'),
    line`Thank you for writing to me directly, and for being clear about the impact on your team. I understand why this is frustrating, and I want to put it right.`,
    line`Here is what I am doing now: ${step}. I will confirm in writing as soon as it is done.`,
    line`I would also value 20 minutes with you this week, to hear what ${w.client} needs from us and to ${agree}. Would ${w.workingDay(1)} or ${w.workingDay(2)} suit you?`,
    w.signOff('warm'),
  );

  const neutral = paragraphs(
    w.greeting(people, 'neutral'),
    line`Thank you for your message, and for raising this with me directly. I understand the concern and I am taking it seriously.`,
    matter
      ? line`Where things stand: ${thing(matter.commitment)} was due on ${w.day(matter.commitment.dueAt)}. The next step on our side is ${step}, and I will confirm once it is done.`
      : line`The next step on our side is ${step}, and I will confirm once it is done.`,
    line`Could we speak for 20 minutes on ${w.workingDay(1)} or ${w.workingDay(2)} to agree the way forward?`,
    w.signOff('neutral'),
  );

  const brief = paragraphs(
    w.greeting(people, 'brief'),
    line`Understood, and thank you for telling me directly. I am on it: ${step}. I will call you by ${w.workingDay(1)} to agree the next steps.`,
    w.signOff('brief'),
  );

  return [buildVariant('de-escalate', 'warm', warm), buildVariant('de-escalate', 'neutral', neutral), buildVariant('de-escalate', 'brief', brief)];
}
