import { buildVariant, gap, known, line, orGap, paragraphs, type Segment, type Variant } from '../variant';
import { formatMoney, nextAhead, type Writer } from './writer';

/**
 * A new budget holder arrived: give the champion a value summary she can
 * forward as it is, in short headed lines, with only the figures the user
 * keeps; a missing figure stays a visible placeholder.
 */
export function championBusinessCase(w: Writer): Variant[] {
  const { reading } = w;
  const champion = reading.champion;
  const people = champion ? [champion] : [];
  const holder = reading.newBudgetHolder;
  const holderName = orGap(holder?.firstName, 'new budget holder');
  const facts = reading.state.client.facts;
  const value = reading.state.client.annualValue;
  const renewal = nextAhead(reading, ['renewal'])?.commitment;

  const summary: Segment[] = line`${w.client}: value summary
Outcomes: ${orGap(facts?.outcomes, 'outcomes: savings, hours, results')}
Usage: ${orGap(facts?.usage, 'usage: users, sites, growth')}
Cost of switching: ${orGap(facts?.switchingCost, 'what stops or must be rebuilt if cut')}
Annual cost: ${value ? known(formatMoney(value)) : gap('annual cost')}${renewal ? line`\nRenewal date: ${w.day(renewal.dueAt)}` : ''}`;

  const warm = paragraphs(
    w.greeting(people, 'warm'),
    line`Thank you for championing this with ${holderName}. To make it easy, here is a short summary you can forward as it is or make your own. Every figure comes from our records, and I can send the source for any of them.`,
    summary,
    line`If it helps, I can join a call with ${holderName}, or do a dry run with you beforehand.`,
    w.signOff('warm'),
  );

  const neutral = paragraphs(
    w.greeting(people, 'neutral'),
    line`With ${holderName} reviewing the budget, here is a short value summary you can forward or adapt.`,
    summary,
    line`Tell me if you would like anything added, or the same in a different format.`,
    w.signOff('neutral'),
  );

  const brief = paragraphs(
    w.greeting(people, 'brief'),
    line`A summary you can forward to ${holderName}:`,
    summary,
    line`Happy to help further.`,
    w.signOff('brief'),
  );

  const subject = line`${w.client}: value summary for ${holderName}`;
  return [
    buildVariant('champion-business-case', 'warm', warm, subject),
    buildVariant('champion-business-case', 'neutral', neutral, subject),
    buildVariant('champion-business-case', 'brief', brief, subject),
  ];
}
