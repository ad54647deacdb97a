import { describe, expect, it } from 'vitest';
import { renderSuggestions, SITUATION_IDS, type SuggestStateInput, type Variant } from '../../../utils/suggest';
import { makeClient, makeCommitment, makeContact } from '../../support/factories';
import { acmeState, agreement, globexState, hold, onThread } from './states';

const byStyle = (variants: Variant[]) => Object.fromEntries(variants.map((v) => [v.variant, v]));
const texts = (variants: Variant[]) => variants.map((v) => `${v.subject ?? ''}\n${v.text}`);

/** A state where every situation has something to say. */
const FULL: SuggestStateInput = acmeState({
  participants: [onThread.maria, onThread.helen, onThread.sam],
  commitments: [agreement(), hold({ id: 'hold-next', dueAt: '2026-05-29', status: 'open' }), hold()],
  lastInbound: { heat: 82, level: 'hostile', fromName: 'Helen Whitaker', fromEmail: 'helen.whitaker@acme-retail.example' },
});

/** Phrases an excellent account manager never writes to a client. */
const NEVER = [
  /as i said/i,
  /per my last/i,
  /as previously (?:mentioned|stated)/i,
  /unless you/i,
  /or else/i,
  /final warning/i,
  /final notice/i,
  /obviously/i,
  /no exceptions/i,
  /frankly/i,
  /you failed/i,
  /i don't understand/i,
  /!/,
];

const STATES: Array<{ label: string; state: SuggestStateInput }> = [
  { label: 'a heated thread with an overdue agreement and a hold ahead', state: FULL },
  { label: 'a calm champion thread with a new CFO', state: globexState() },
  { label: 'a client with nothing known', state: acmeState({ contacts: [], participants: [], ownName: undefined }) },
];

describe('renderSuggestions, every situation', () => {
  describe.each(SITUATION_IDS.flatMap((id) => STATES.map(({ label, state }) => ({ id, label, state }))))('$id for $label', ({ id, state }) => {
    const variants = renderSuggestions(state, id);

    it('gives a warm, a neutral and a brief variant', () => {
      expect(variants.map((v) => v.variant)).toEqual(['warm', 'neutral', 'brief']);
    });

    it('never uses blame, sarcasm, ultimatums or exclamations', () => {
      for (const text of texts(variants)) for (const phrase of NEVER) expect(text).not.toMatch(phrase);
    });

    it('cuts the text into segments whose placeholders are the gaps', () => {
      for (const v of variants) {
        expect(v.segments.map((s) => s.text).join('')).toBe(v.text);
        const marked = v.segments.filter((s) => s.placeholder).map((s) => s.text);
        for (const text of marked) expect(v.gaps).toContain(text);
        for (const g of v.gaps) expect(`${v.subject ?? ''}${v.text}`).toContain(g);
      }
    });
  });
});

describe('de-escalate', () => {
  const variants = renderSuggestions(FULL, 'de-escalate');

  it('greets whoever wrote the heated reply, by first name', () => {
    for (const v of variants) expect(v.text.startsWith('Hi Helen,') || v.text.startsWith('Hello Helen,')).toBe(true);
  });

  it('offers a call on the next two working days and signs with the user’s first name', () => {
    const { warm } = byStyle(variants);
    expect(warm?.text).toContain('Would Tuesday 19 May or Wednesday 20 May suit you?');
    expect(warm?.text.endsWith('Warm regards,\nSam')).toBe(true);
  });

  it('leaves the concrete step for the user to fill, marked as a placeholder', () => {
    for (const v of variants) {
      expect(v.gaps).toEqual(['[the concrete step you are taking]']);
      expect(v.segments).toContainEqual({ text: '[the concrete step you are taking]', placeholder: true });
    }
  });
});

describe('reconcile', () => {
  const state = acmeState({ commitments: [agreement(), hold()], silenceDays: 4 });
  const variants = renderSuggestions(state, 'reconcile');

  it('owns the hold, states the constraint and proposes a way of working with the other stakeholders', () => {
    for (const v of variants) {
      expect(v.text).toContain('The service hold on Friday 15 May');
      expect(v.text).toContain('signed agreement');
      expect(v.text).toContain('the 2026 services agreement');
      expect(v.text).toMatch(/you and Helen/);
    }
  });

  it('owns our hard message when that was the rupture', () => {
    const { warm } = byStyle(renderSuggestions(acmeState({ lastOutbound: { heat: 66, level: 'heated', on: '2026-05-11' }, silenceDays: 5 }), 'reconcile'));
    expect(warm?.text).toContain('My message of Monday 11 May was sharper than it needed to be');
  });

  it('does not apologise for the constraint itself', () => {
    for (const v of variants) {
      const constraint = v.text.split('\n\n').find((p) => p.includes('Our side of it')) ?? '';
      expect(constraint).not.toMatch(/sorry|apolog/i);
    }
  });

  it('asks for what went wrong and the constraint when the state does not say', () => {
    const { neutral } = byStyle(renderSuggestions(acmeState(), 'reconcile'));
    expect(neutral?.gaps).toEqual(['[what went wrong, and what was ours]', '[the constraint on our side]']);
  });
});

describe('early-deadline-warning', () => {
  const state = acmeState({ commitments: [agreement({ dueAt: '2026-05-25' })] });
  const variants = renderSuggestions(state, 'early-deadline-warning');

  it('greets every stakeholder by first name, not only the thread', () => {
    for (const v of variants) expect(v.text).toMatch(/^(Hi|Hello) Maria and Helen,/);
  });

  it('never greets a team mailbox as a person', () => {
    for (const v of variants) expect(v.text).not.toMatch(/\b(Hi|Hello) Acme/);
  });

  it('names the deadline, its day and what is needed', () => {
    const { warm } = byStyle(variants);
    expect(warm?.subject).toBe('Heads-up: 2026 services agreement due Monday 25 May');
    expect(warm?.text).toContain('the 2026 services agreement is due on Monday 25 May, in 7 days');
    expect(warm?.text).toContain('a signed copy of the 2026 services agreement');
  });

  it('mentions the agreed notice when the client has a protocol', () => {
    const { warm } = byStyle(
      renderSuggestions(
        acmeState({ client: { protocols: ['Tell Maria two weeks ahead'] }, commitments: [agreement({ dueAt: '2026-05-25' })] }),
        'early-deadline-warning',
      ),
    );
    expect(warm?.text).toContain('This is the advance notice we agreed on.');
  });

  it('leaves the deadline and its date visible as placeholders when there is none', () => {
    const { neutral } = byStyle(renderSuggestions(acmeState(), 'early-deadline-warning'));
    expect(neutral?.gaps).toEqual(expect.arrayContaining(['[deadline]', '[deadline date]']));
    expect(neutral?.text).toContain('[deadline date]');
  });
});

describe('firm-final-notice', () => {
  it('states the days overdue, the due day and the hold date', () => {
    const variants = renderSuggestions(
      acmeState({ commitments: [agreement(), hold({ id: 'hold-next', dueAt: '2026-05-29', status: 'open' })] }),
      'firm-final-notice',
    );
    for (const v of variants) {
      expect(v.text).toContain('48 days overdue');
      expect(v.text).toContain('Tuesday 31 March');
      expect(v.text).toContain('Friday 29 May');
      expect(v.gaps).toEqual([]);
    }
    expect(byStyle(variants).warm?.subject).toBe('2026 services agreement: signature needed before Friday 29 May');
  });

  it('copies the decision-maker in so everyone who signs off knows', () => {
    const { warm } = byStyle(renderSuggestions(acmeState({ commitments: [agreement()] }), 'firm-final-notice'));
    expect(warm?.text).toContain('I have copied Helen');
  });

  it('asks by when, as a placeholder, when no hold date exists', () => {
    const { neutral } = byStyle(renderSuggestions(acmeState({ commitments: [agreement()] }), 'firm-final-notice'));
    expect(neutral?.gaps).toEqual(['[date you need it by]']);
  });

  it('words a payment as a payment', () => {
    const { neutral } = byStyle(
      renderSuggestions(acmeState({ commitments: [makeCommitment({ kind: 'payment', title: 'invoice 4411', dueAt: '2026-04-17' })] }), 'firm-final-notice'),
    );
    expect(neutral?.subject).toBe('Invoice 4411: payment 31 days overdue');
    expect(neutral?.text).toContain('we need payment of the invoice 4411');
  });
});

describe('service-hold-notice', () => {
  const variants = renderSuggestions(
    acmeState({ commitments: [agreement(), hold({ id: 'hold-next', dueAt: '2026-05-23', status: 'open' })] }),
    'service-hold-notice',
  );

  it('gives the hold day, how far ahead it is and why', () => {
    for (const v of variants) {
      expect(v.text).toContain('Saturday 23 May, in 5 days');
      expect(v.text).toContain('the 2026 services agreement is still unsigned');
    }
  });

  it('never guesses which services stop', () => {
    const { warm } = byStyle(variants);
    expect(warm?.gaps).toEqual(['[which services stop]']);
  });
});

describe('protocol-proposal', () => {
  it('lists the critical dates it would cover', () => {
    const { warm } = byStyle(
      renderSuggestions(
        acmeState({ commitments: [agreement(), makeCommitment({ id: 'r', kind: 'renewal', title: 'annual renewal', dueAt: '2026-06-30' })] }),
        'protocol-proposal',
      ),
    );
    expect(warm?.text).toContain('- the 2026 services agreement: Tuesday 31 March (past due)');
    expect(warm?.text).toContain('- the annual renewal: Tuesday 30 June');
    expect(warm?.text).toMatch(/^Hi Maria and Helen,/);
  });
});

describe('champion-business-case', () => {
  const variants = renderSuggestions(globexState(), 'champion-business-case');

  it('writes the figures the user keeps as short headed lines she can forward', () => {
    for (const v of variants) {
      expect(v.text).toMatch(/^Hi Rachel,|^Hello Rachel,/);
      expect(v.text).toContain('Globex Health: value summary\nOutcomes: 11,600 coordinator hours a year saved; agency staffing spend down $412k\n');
      expect(v.text).toContain('\nUsage: 1,240 active clinical users across 6 hospitals\n');
      expect(v.text).toContain('\nCost of switching: the bed-flow dashboard and discharge planning alerts stop on the renewal date\n');
      expect(v.text).toContain('\nAnnual cost: $186,000\nRenewal date: Tuesday 1 December');
      expect(v.gaps).toEqual([]);
    }
    expect(byStyle(variants).warm?.subject).toBe('Globex Health: value summary for Marcus');
  });

  it('leaves every missing figure as a visible placeholder', () => {
    const bare = globexState();
    const state = { ...bare, client: makeClient({ id: 'client-globex', name: 'Globex Health', domains: ['globex-health.example'] }) };
    const { brief } = byStyle(renderSuggestions(state, 'champion-business-case'));
    expect(brief?.gaps).toEqual([
      '[outcomes: savings, hours, results]',
      '[usage: users, sites, growth]',
      '[what stops or must be rebuilt if cut]',
      '[annual cost]',
    ]);
    expect(brief?.segments.filter((s) => s.placeholder)).toHaveLength(4);
  });
});

describe('thank-champion', () => {
  it('thanks the champion by name and looks ahead to their next date', () => {
    const { warm } = byStyle(renderSuggestions(globexState(), 'thank-champion'));
    expect(warm?.text).toMatch(/^Hi Rachel,/);
    expect(warm?.text).toContain('Globex Health');
    expect(warm?.text).toContain('the annual renewal coming up on Tuesday 1 December');
    expect(warm?.text.endsWith('Alex')).toBe(true);
  });

  it('asks for a first name rather than greeting a mailbox', () => {
    const state = acmeState({
      contacts: [makeContact({ id: 'c-x', name: 'Acme Retail Support', emails: ['support@acme-retail.example'], role: 'champion' })],
      participants: [],
    });
    const { warm } = byStyle(renderSuggestions(state, 'thank-champion'));
    expect(warm?.text.startsWith('Hi [first name],')).toBe(true);
    expect(warm?.gaps).toEqual(['[first name]']);
  });
});

describe('without the user’s name', () => {
  it('closes without a name rather than inventing one', () => {
    const { brief } = byStyle(renderSuggestions(acmeState({ ownName: undefined }), 'thank-champion'));
    expect(brief?.text.endsWith('Thanks,')).toBe(true);
  });
});
