import { describe, expect, it } from 'vitest';
import {
  abilities,
  assignable,
  currentDossier,
  deadlineOf,
  DossierSummary,
  letterCounts,
  letterRequestErrors,
  timeline,
  uploadTokenOf,
} from './dossier';
import { committeeView } from './fixtures';

function summary(id: string, status: DossierSummary['status'], openedAt: string, viewer: DossierSummary['viewer'] = 'CANDIDATE') {
  return { id, candidateName: 'N', track: 'RESEARCH', targetRank: 'FULL', status, viewer, openedAt };
}

describe('timeline', () => {
  it('marks the submission as the step in progress while the dossier is open', () => {
    const steps = timeline({ status: 'OPEN', openedAt: '2026-11-01T10:00:00Z' });
    expect(steps.map((s) => s.state)).toEqual(['done', 'current', 'next', 'next', 'next']);
  });

  it('waits on the decision once the vote closed, and has every step done when decided', () => {
    const closed = timeline({ status: 'VOTE_CLOSED', openedAt: 'a', submittedAt: 'b', voteClosedAt: 'c' });
    expect(closed.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'current']);
    expect(closed[3].at).toBe('c');
    const decided = timeline({ status: 'DECIDED', openedAt: 'a', submittedAt: 'b', decidedAt: 'd' });
    expect(decided.every((s) => s.state === 'done')).toBe(true);
    expect(decided[4].at).toBe('d');
  });
});

describe('currentDossier', () => {
  it('prefers the undecided dossier, else the latest decided one, and ignores dossiers the caller reviews', () => {
    const mine = [
      summary('old', 'DECIDED', '2025-01-01T00:00:00Z'),
      summary('reviewing', 'SUBMITTED', '2026-10-01T00:00:00Z', 'REVIEWER'),
      summary('open', 'OPEN', '2024-01-01T00:00:00Z'),
    ];
    expect(currentDossier(mine)?.id).toBe('open');
    const decided = [summary('a', 'DECIDED', '2025-01-01T00:00:00Z'), summary('b', 'DECIDED', '2026-01-01T00:00:00Z')];
    expect(currentDossier(decided)?.id).toBe('b');
    expect(currentDossier([summary('r', 'OPEN', 'x', 'CHAIR')])).toBeUndefined();
  });
});

describe('abilities', () => {
  it('lets an assigned reviewer vote once and recuse before voting, and nothing of the chair', () => {
    const can = abilities(committeeView(), 'me');
    expect(can).toMatchObject({ vote: true, recuse: true, assign: false, closeVote: false, decide: false });
    const voted = abilities(committeeView({ myVote: 'FOR' }), 'me');
    expect(voted.vote).toBe(false);
    expect(voted.recuse).toBe(false);
  });

  it('lets the chair close the vote only once someone voted, decide only after the close, and never recuse', () => {
    const chair = committeeView({ viewer: 'CHAIR' });
    expect(abilities(chair, 'me')).toMatchObject({ assign: true, closeVote: false, recuse: false, vote: true });
    const votedOnce = committeeView({ viewer: 'CHAIR', reviewers: [{ ...chair.reviewers[0], voted: true }], myVote: 'FOR' });
    expect(abilities(votedOnce, 'me').closeVote).toBe(true);
    expect(abilities({ ...votedOnce, status: 'VOTE_CLOSED' }, 'me')).toMatchObject({ decide: true, closeVote: false, assign: false });
  });

  it('gives an admin (not a reviewer) no step at all', () => {
    const can = abilities(committeeView({ viewer: 'ADMIN' }), 'someone-else');
    expect(Object.entries(can).filter(([, allowed]) => allowed)).toEqual([]);
  });
});

describe('assignable and letters', () => {
  it('offers only members neither assigned nor recused, never the candidate', () => {
    const view = committeeView({ recusals: [{ memberId: 'lee', name: 'Lee', reason: 'CO_AUTHORSHIP', at: 'x' }] });
    const roster = [
      { userId: 'me', name: 'Me' },
      { userId: 'lee', name: 'Lee' },
      { userId: 'cand', name: 'Nora' },
      { userId: 'new', name: 'New' },
    ];
    expect(assignable(roster, view).map((m) => m.userId)).toEqual(['new']);
  });

  it('counts letters by status', () => {
    const letter = { id: '1', writerName: 'W', writerEmail: 'w@x.org', deadline: 'd', requestedAt: 'r', remindersSent: [] };
    const counts = letterCounts([
      { ...letter, status: 'RECEIVED' },
      { ...letter, id: '2', status: 'OVERDUE' },
      { ...letter, id: '3', status: 'OVERDUE' },
    ]);
    expect(counts).toEqual({ REQUESTED: 0, RECEIVED: 1, OVERDUE: 2, WITHDRAWN: 0 });
  });

  it('checks a letter request before sending it, the deadline being the end of the chosen day', () => {
    const now = new Date(2026, 10, 24, 12, 0);
    expect(letterRequestErrors({ writerName: ' ', writerEmail: 'nope', deadline: '' }, now)).toEqual({
      writerName: "Give the writer's name",
      writerEmail: 'Give an e-mail address the invitation can reach',
      deadline: 'Pick the deadline',
    });
    expect(letterRequestErrors({ writerName: 'W', writerEmail: 'w@x.org', deadline: '2026-11-23' }, now).deadline).toBe(
      'The deadline must be in the future',
    );
    expect(letterRequestErrors({ writerName: 'W', writerEmail: 'w@x.org', deadline: '2026-11-24' }, now)).toEqual({});
    expect(new Date(deadlineOf('2026-12-01')!).getHours()).toBe(23);
    expect(deadlineOf('12/01/2026')).toBeUndefined();
  });
});

describe('uploadTokenOf', () => {
  it('takes the token of the e-mailed link and refuses anything the API would refuse', () => {
    const token = 'a'.repeat(43);
    expect(uploadTokenOf(`?token=${token}`)).toBe(token);
    expect(uploadTokenOf('?token=short')).toBeUndefined();
    expect(uploadTokenOf(`?token=${'a'.repeat(40)}%3Cscript`)).toBeUndefined();
    expect(uploadTokenOf('')).toBeUndefined();
  });
});
