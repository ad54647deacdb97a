import type { ThreadSnapshot } from '../../../utils/mail/snapshot';
import type { ExpectedPage } from './pages';

/** The parts of a snapshot .expected.json pins down exactly, in the same shape for both. */
export function structureOf(snapshot: ThreadSnapshot) {
  return {
    subject: snapshot.subject,
    threadId: snapshot.threadId,
    messages: snapshot.messages.map(({ from, to, cc, sentAt, collapsed }) => ({ from, to, cc, sentAt, collapsed })),
    compose: snapshot.compose,
  };
}

export function expectedStructureOf(expected: ExpectedPage) {
  const { to, cc, subject, draftText } = expected.compose;
  return {
    subject: expected.subject,
    threadId: expected.threadId,
    messages: expected.messages.map(({ from, to: mTo, cc: mCc, sentAt, collapsed }) => ({ from, to: mTo, cc: mCc, sentAt, collapsed })),
    compose: expected.compose.present ? [{ to, cc, subject, draftText }, ...expected.otherCompose] : [],
  };
}

/** Body phrases in the wrong place, one readable line each (empty when all is well). */
export function bodyProblems(snapshot: ThreadSnapshot, expected: ExpectedPage): string[] {
  const problems: string[] = [];
  expected.messages.forEach((message, index) => {
    const actual = snapshot.messages[index];
    if (!actual) {
      problems.push(`message ${index + 1} missing`);
      return;
    }
    for (const phrase of message.bodyIncludes) {
      if (!actual.text.includes(phrase)) problems.push(`message ${index + 1} text lacks "${phrase}"`);
    }
    for (const phrase of message.bodyExcludes) {
      if (actual.text.includes(phrase)) problems.push(`message ${index + 1} text has quoted "${phrase}"`);
      if (!actual.quoted.replace(/\s+/g, ' ').includes(phrase)) problems.push(`message ${index + 1} quoted lacks "${phrase}"`);
    }
  });
  return problems;
}
