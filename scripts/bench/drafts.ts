import { seededRandom } from './random';

/**
 * Sentences an account manager writes to a client, calm and heated, so the
 * tone engine meets both the common case and the text it has to work on.
 */
const CALM = [
  'Thanks for the quick turnaround on the revised order form.',
  'I have attached the updated statement of work with the changes we discussed on Tuesday.',
  'Could you let me know whether the new pricing works for your finance team?',
  'Happy to set up a short call next week if that would help.',
  'Our onboarding team will reach out to schedule the training sessions.',
  'The renewal quote reflects the volume discount we agreed in March.',
  'Please find the usage report for the last quarter below.',
  'I spoke with our product lead and the export feature is planned for the next release.',
  'Let me know if anyone else on your side should be copied on this thread.',
  'We appreciate your patience while we looked into the billing question.',
  'The invoice has been reissued with the correct purchase order number.',
  'I will follow up with the signed copy once legal has reviewed it.',
  'Maria mentioned that the steering committee meets on the 14th, so we will have the deck ready before then.',
  'Just checking in to see whether the pilot is going as planned.',
  'Your account has 240 active seats, up from 180 at the start of the year.',
  'We can extend the trial by two weeks while procurement finishes its review.',
  'I have booked the room for the quarterly business review on Thursday at 10:00.',
  'Thank you for flagging the outage; our engineers have published the incident report.',
];

const HEATED = [
  'This is the third time I have had to ask for the same document, which is frankly unacceptable.',
  'As I already told you last week, we will not pay for seats we never used.',
  'I am extremely disappointed that nobody bothered to answer my previous email.',
  'Per my last email, the deadline was yesterday and we still have nothing.',
  'If this is not fixed by Friday we will have no choice but to escalate to your CEO.',
  'Your support team keeps ignoring our tickets and quite honestly it is ridiculous.',
  'Obviously you did not read the contract, because clause 7 says the opposite.',
  'We are seriously considering moving to another vendor at renewal.',
  'I cannot believe we are still having this conversation!!',
  'Frankly, the service over the last month has been a disaster for my team.',
  'With all due respect, this is not what we agreed and you know it.',
  'Stop sending me the same useless template answer.',
];

const GREETINGS = ['Hi Maria,', 'Hello Tom,', 'Dear Ms. Okafor,', 'Hi team,', 'Good morning Priya,'];
const SIGN_OFFS = ['Best regards,\nSam', 'Thanks,\nSam Carter', 'Kind regards,\nSam', 'Cheers,\nSam'];

/**
 * A draft of roughly `length` characters: a greeting, paragraphs of three or
 * four sentences (about one in four heated), a sign-off. Same seed, same text.
 */
export function accountDraft(length: number, seed = length): string {
  const random = seededRandom(seed);
  const head = random.pick(GREETINGS);
  const tail = random.pick(SIGN_OFFS);
  const paragraphs: string[] = [];
  let size = head.length + tail.length + 4;
  while (size < length) {
    const sentences: string[] = [];
    const count = random.int(3, 4);
    for (let i = 0; i < count && size < length; i++) {
      let sentence = random.chance(0.25) ? random.pick(HEATED) : random.pick(CALM);
      if (sentence === sentences[sentences.length - 1]) sentence = random.pick(CALM);
      sentences.push(sentence);
      size += sentence.length + 1;
    }
    paragraphs.push(sentences.join(' '));
    size += 2;
  }
  return [head, ...paragraphs, tail].join('\n\n');
}

/**
 * A client message of about 2,000 characters that states several deadlines
 * in the ways people write them, wrapped in ordinary account talk.
 */
export function deadlineMessage(): string {
  const dated = [
    'Please return the signed agreement by May 20 so we can start the rollout.',
    'The invoice for the April licences is due on 2026-05-31.',
    'Our current contract expires at the end of June, so we need the renewal quote before then.',
    'Can we do the quarterly review next Thursday at 2pm?',
    'The service will be suspended on 15 June unless the outstanding balance is paid.',
    'We need the final migration plan no later than Friday.',
  ];
  const random = seededRandom(2026);
  const sentences: string[] = [];
  let size = 0;
  let next = 0;
  while (size < 2000) {
    const sentence = size > next * 330 && next < dated.length ? dated[next++]! : random.pick(CALM);
    sentences.push(sentence);
    size += sentence.length + 1;
  }
  return `Hi Sam,\n\n${sentences.join(' ')}\n\nBest,\nMaria`;
}
