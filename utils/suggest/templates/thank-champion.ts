import { buildVariant, line, paragraphs, type Segment, type Variant } from '../variant';
import { nextAhead, thing, type Writer } from './writer';

/** Things are calm and the champion is on the thread: a plain, specific thank-you. */
export function thankChampion(w: Writer): Variant[] {
  const { reading } = w;
  const champion = reading.champion;
  const people = champion ? [champion] : [];
  // Only their own dates, far enough away for "well ahead" to mean something.
  const nextDated = nextAhead(reading, ['agreement', 'payment', 'renewal']);
  const next = nextDated && nextDated.daysLeft >= 7 ? nextDated.commitment : undefined;
  const ahead: Segment[] | null = next
    ? line`With ${thing(next)} coming up on ${w.day(next.dueAt)}, I will keep you posted well ahead so nothing lands at the last minute.`
    : null;

  const warm = paragraphs(
    w.greeting(people, 'warm'),
    line`I wanted to say thank you. Working with you on ${w.client} makes a real difference on our side, and the way you keep things moving is noticed and appreciated.`,
    ahead,
    line`If there is anything I can take off your plate in the next few weeks, just say.`,
    w.signOff('warm'),
  );

  const neutral = paragraphs(
    w.greeting(people, 'neutral'),
    line`Thank you for your support on ${w.client}. It makes a real difference to how smoothly things run.`,
    ahead,
    line`Please let me know if anything would make your work easier.`,
    w.signOff('neutral'),
  );

  const brief = paragraphs(
    w.greeting(people, 'brief'),
    line`A quick thank you for your help on ${w.client}; it is much appreciated. Let me know if I can help with anything.`,
    w.signOff('brief'),
  );

  const subject = line`Thank you`;
  return [
    buildVariant('thank-champion', 'warm', warm, subject),
    buildVariant('thank-champion', 'neutral', neutral, subject),
    buildVariant('thank-champion', 'brief', brief, subject),
  ];
}
