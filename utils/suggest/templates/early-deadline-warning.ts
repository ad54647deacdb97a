import { deadlineToWarn, WARNED_KINDS } from '../situations';
import { buildVariant, gap, line, paragraphs, type Variant } from '../variant';
import { nextAhead, thing, whatIsNeeded, type Writer } from './writer';

/**
 * A deadline is two weeks, a week or two days away: the same heads-up to
 * every stakeholder by first name, so nobody hears of it first on the day.
 */
export function earlyDeadlineWarning(w: Writer): Variant[] {
  const { reading } = w;
  const dated = deadlineToWarn(reading)?.dated ?? nextAhead(reading, WARNED_KINDS);
  const c = dated?.commitment;
  const people = reading.stakeholders;
  const due = c ? w.day(c.dueAt) : gap('deadline date');
  const when = dated ? `, ${w.inDays(dated.daysLeft)}` : '';
  const title = c ? c.title : gap('deadline');
  const agreed = reading.state.client.protocols.length > 0;

  const warm = paragraphs(
    w.greeting(people, 'warm'),
    line`A short heads-up so the date does not catch anyone by surprise: ${thing(c, 'deadline')} is due on ${due}${when}.`,
    line`What is needed: ${whatIsNeeded(c)}.`,
    line`I am writing to all of you so that everyone involved has the same date.${agreed ? ' This is the advance notice we agreed on.' : ''} If it is already in hand, thank you. If anything is in the way, tell me and I will help clear it.`,
    w.signOff('warm'),
  );

  const neutral = paragraphs(
    w.greeting(people, 'neutral'),
    line`For your planning: ${thing(c, 'deadline')} is due on ${due}${when}. What is needed: ${whatIsNeeded(c)}.`,
    line`Could you let me know whether it is on track, or whether anything is needed from us?`,
    w.signOff('neutral'),
  );

  const brief = paragraphs(
    w.greeting(people, 'brief'),
    line`Quick heads-up: ${thing(c, 'deadline')} is due on ${due}. Needed: ${whatIsNeeded(c)}. Tell me if I can help.`,
    w.signOff('brief'),
  );

  return [
    buildVariant('early-deadline-warning', 'warm', warm, line`Heads-up: ${title} due ${due}`),
    buildVariant('early-deadline-warning', 'neutral', neutral, line`${w.client}: ${title} due ${due}`),
    buildVariant('early-deadline-warning', 'brief', brief, line`Reminder: ${title}, ${due}`),
  ];
}
