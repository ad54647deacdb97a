import { describe, expect, it } from 'vitest';
import { detectDeadlines } from '../../../utils/deadlines';
import { deadlineCards } from '../../../utils/deadlines/cards';

const SENT = { sentAt: '2026-04-29T09:15:00', timeZone: 'America/New_York' };

function cards(text: string, today = '2026-04-29', anchor = SENT) {
  return deadlineCards(text, detectDeadlines(text, anchor), today);
}

describe('a past event is not a deadline', () => {
  const sameDay = { sentAt: '2026-05-15T11:06:00', timeZone: 'America/New_York' };

  it.each([
    // trigger (something that already happened that day) → nothing; near miss (still to happen) → a date
    ['Your dashboards and forecast feeds were switched back on at 10:40 this morning.', 'Your dashboards will be switched back on at 4pm this afternoon.'],
    ['We restored access this morning, and it will stay on.', 'The review call was moved to Friday.'],
  ])('%s', (past, upcoming) => {
    expect(detectDeadlines(past, sameDay)).toEqual([]);
    expect(detectDeadlines(upcoming, sameDay).length).toBe(1);
  });
});

describe('deadlineCards', () => {
  it('gives one card for one sentence that ties two kinds to one date, titled from the sentence', () => {
    const text = 'Without a signed agreement, we will have to hold all services from 15 May.';
    expect(detectDeadlines(text, SENT).map((d) => d.kind)).toEqual(['agreement', 'service-hold']);
    expect(cards(text)).toEqual([
      {
        kind: 'service-hold',
        also: ['agreement'],
        due: '2026-05-15',
        title: 'Hold all services',
        quote: 'Without a signed agreement, we will have to hold all services from 15 May.',
        past: false,
      },
    ]);
  });

  it('keeps two dates in one sentence as two cards', () => {
    const text = 'Please sign the order form by Friday and pay the deposit by 20 May.';
    expect(cards(text).map((c) => [c.kind, c.due, c.title])).toEqual([
      ['agreement', '2026-05-01', 'Sign the order form'],
      ['payment', '2026-05-20', 'Pay the deposit'],
    ]);
  });

  it('marks a date already behind today as past', () => {
    const text = 'Could you arrange signature by 31 March?';
    const sent = { sentAt: '2026-03-09T10:02:00', timeZone: 'America/New_York' };
    expect(cards(text, '2026-03-09', sent)[0]?.past).toBe(false);
    expect(cards(text, '2026-05-18', sent)[0]).toMatchObject({ past: true, title: 'Arrange signature' });
  });

  it.each([
    ['Just a reminder that invoice #4471 is due on June 30th.', 'Invoice #4471'],
    ['Could you send over the usage report by 05/06, ahead of the steering group?', 'Send over the usage report'],
    ['Our current agreement lapsed on 28 February and is still unsigned.', 'Current agreement lapsed'],
    ['If the contract is not signed by 14 August, we will have to put all services on hold from 15 August.', 'Contract is not signed'],
    ['Invoice 2291 was due on 15 May and invoice 2310 is due on 15 June.', 'Invoice 2291'],
    ['Please do the payment until 5th june latest, else we must stop the support.', 'Stop the support'],
  ])('titles "%s" as "%s"', (text, title) => {
    expect(cards(text, '2026-01-01')[0]?.title).toBe(title);
  });
});
