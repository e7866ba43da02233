import { describe, expect, it } from 'vitest';
import { EMPTY_PREP, linkedProposal, prepOf, reasonsFor, requestErrors, splitMatches, tagsOf, timeLeft, urgent, windowOf } from './logic';
import { Match, MentoringRequest } from './model';

describe('requestErrors', () => {
  it('asks an advice conversation for what was done, a direction and one clear ask', () => {
    expect(Object.keys(requestErrors('ADVICE_CONVERSATION', EMPTY_PREP, ''))).toEqual(['done', 'direction1', 'ask']);
  });

  it('lets other kinds come without prep, but a prep begun must be whole', () => {
    expect(requestErrors('LONG_TERM', EMPTY_PREP, '')).toEqual({});
    expect(Object.keys(requestErrors('LONG_TERM', { ...EMPTY_PREP, direction2: 'simulation' }, ''))).toEqual(['done', 'ask']);
  });

  it('names over-long text before the service does', () => {
    const prep = { done: 'x', direction1: 'y'.repeat(301), direction2: '', ask: 'z' };
    expect(requestErrors('ADVICE_CONVERSATION', prep, 'n'.repeat(2001))).toEqual({
      direction1: 'Keep a direction under 300 characters',
      note: 'Keep the note under 2000 characters',
    });
  });
});

describe('prepOf', () => {
  it('sends the directions typed, trimmed, and nothing when nothing was typed', () => {
    expect(prepOf({ done: ' ran a workshop ', direction1: '', direction2: ' curricula ', ask: 'how?' })).toEqual({
      done: 'ran a workshop',
      directions: ['curricula'],
      ask: 'how?',
    });
    expect(prepOf(EMPTY_PREP)).toBeUndefined();
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it('says days, then hours, then overdue', () => {
    expect(timeLeft('2026-11-27T13:00:00Z', now)).toBe('in 3 days');
    expect(timeLeft('2026-11-25T12:00:00Z', now)).toBe('in 1 day');
    expect(timeLeft('2026-11-24T17:30:00Z', now)).toBe('in 5 hours');
    expect(timeLeft('2026-11-24T12:10:00Z', now)).toBe('in 1 hour');
    expect(timeLeft('2026-11-24T11:00:00Z', now)).toBe('overdue');
    expect(urgent('2026-11-24T17:30:00Z', now)).toBe(true);
    expect(urgent('2026-11-27T13:00:00Z', now)).toBe(false);
  });
});

describe('splitMatches', () => {
  it('tells the matches of my own requests from those addressed to me as a mentor', () => {
    const match = (id: string, requestId: string) => ({ id, requestId }) as Match;
    const mine = [{ id: 'r1' } as MentoringRequest];
    const split = splitMatches([match('m1', 'r1'), match('m2', 'r9')], mine);
    expect(split.asMentee.map((m) => m.id)).toEqual(['m1']);
    expect(split.asMentor.map((m) => m.id)).toEqual(['m2']);
  });
});

describe('reasonsFor', () => {
  it('keeps the factors that earned points, largest first', () => {
    const reasons = reasonsFor([
      { name: 'kind', points: 5, reason: 'accepts it' },
      { name: 'niche', points: 12, reason: 'shares your niche' },
      { name: 'readiness', points: 0, reason: 'no gaps known' },
    ]);
    expect(reasons.map((factor) => factor.name)).toEqual(['niche', 'kind']);
  });
});

describe('windowOf and tagsOf', () => {
  it('makes whole days from two dates, and refuses a window ending before it starts', () => {
    expect(windowOf('2026-12-01', '2026-12-02')).toEqual({
      start: '2026-12-01T00:00:00.000Z',
      end: '2026-12-03T00:00:00.000Z',
    });
    expect(windowOf('2026-12-02', '2026-12-01')).toBeUndefined();
    expect(windowOf('', '2026-12-01')).toBeUndefined();
  });

  it('splits tags on commas and lines, once each', () => {
    expect(tagsOf('feedback, simulation\nfeedback,, ')).toEqual(['feedback', 'simulation']);
  });
});

describe('linkedProposal', () => {
  it("reads the proposal from an email's link path and from a feed item's query", () => {
    expect(linkedProposal('/mentoring/matches/r%2F1.2', '?action=decline')).toEqual({ match: 'r/1.2', action: 'decline' });
    expect(linkedProposal('/mentoring', '?match=m1')).toEqual({ match: 'm1', action: undefined });
    expect(linkedProposal('/mentoring', '')).toEqual({ match: undefined, action: undefined });
  });
});
