import { formatDay, relativeDays } from '../dates';
import { readState } from '../suggest/reading';
import { type SuggestState, SuggestStateSchema, type SuggestStateInput } from '../suggest/state';
import { formatMoney } from '../suggest/templates/writer';

/**
 * What the model is told about the client, one fact a line, worded from the
 * same state as the local templates. No addresses: the model greets by name.
 */
export function factsForLlm(input: SuggestState | SuggestStateInput): string[] {
  const state = SuggestStateSchema.parse(input);
  const reading = readState(state);
  const { today, client } = { today: state.today, client: state.client };
  const day = (iso: string) => formatDay(iso, today);
  const lines: string[] = [`Today: ${day(today)} ${today.slice(0, 4)}`];

  lines.push(
    `Client: ${client.name} (${client.tier === 'key' ? 'key account' : 'standard account'}${client.annualValue ? `, annual value ${formatMoney(client.annualValue)}` : ''})`,
  );
  if (reading.ownFirstName) lines.push(`Writing as: ${reading.ownFirstName}`);
  const person = (p: { name: string; role: string }) => `${p.name || 'unnamed'} (${p.role})`;
  const onThread = reading.people.filter((p) => p.onThread);
  if (onThread.length) lines.push(`On this thread: ${onThread.map(person).join(', ')}`);
  const others = reading.stakeholders.filter((p) => !p.onThread);
  if (others.length) lines.push(`Other stakeholders: ${others.map(person).join(', ')}`);
  for (const p of reading.people.filter((x) => x.newInRole)) lines.push(`New in role: ${person(p)}`);
  if (reading.champion) lines.push(`Champion: ${reading.champion.name}`);

  const inbound = state.lastInbound;
  if (inbound && reading.inboundLevel) {
    lines.push(
      `Their last reply: ${reading.inboundLevel} (tone score ${Math.round(inbound.heat)})${inbound.fromName ? ` from ${inbound.fromName}` : ''}${inbound.on ? ` on ${day(inbound.on)}` : ''}${inbound.answered ? ', already answered' : ', not answered yet'}`,
    );
  }
  if (state.silenceDays > 0) lines.push(`No reply for ${state.silenceDays} business day(s) since our last message`);
  if (reading.rupture?.kind === 'hold') lines.push(`A service hold took effect on ${day(reading.rupture.on)}`);
  if (reading.rupture?.kind === 'hard-message') lines.push(`Our last message read as ${reading.rupture.level}`);

  for (const { commitment, daysLeft } of reading.open) {
    const when = daysLeft < 0 ? `${-daysLeft} days overdue` : relativeDays(daysLeft);
    lines.push(
      `Open ${commitment.kind}: ${commitment.title}, due ${day(commitment.dueAt)} (${when})${commitment.sentAt ? `, sent ${day(commitment.sentAt)}` : ''}`,
    );
  }
  for (const protocol of client.protocols) lines.push(`Agreed protocol: ${protocol}`);
  if (client.facts?.outcomes) lines.push(`Outcomes: ${client.facts.outcomes}`);
  if (client.facts?.usage) lines.push(`Usage: ${client.facts.usage}`);
  if (client.facts?.switchingCost) lines.push(`Cost of switching: ${client.facts.switchingCost}`);
  return lines;
}
