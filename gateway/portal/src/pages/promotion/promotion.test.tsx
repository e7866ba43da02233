import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { AssignedDossiers, LetterUpload, MyPromotion } from '.';
import { committeeView } from './fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.history.replaceState({}, '', '/');
});

function json(status: number, body?: unknown): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return body === undefined
    ? new Response(null, { status })
    : new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/** A fetch answering by method and path; unknown calls fail the test loudly. */
function server(routes: Record<string, (body?: unknown) => Response>) {
  const fetch = vi.fn((path: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${path}`;
    const route = routes[key];
    if (!route) {
      return Promise.reject(new Error(`unexpected ${key}`));
    }
    return Promise.resolve(route(init?.body ? JSON.parse(String(init.body)) : undefined));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const D = '/api/promotion-review/dossiers';
const opened = {
  id: 'd1',
  viewer: 'CANDIDATE',
  track: 'CLINICIAN_EDUCATOR',
  targetRank: 'ASSOCIATE',
  status: 'OPEN',
  chairName: null,
  openedAt: '2026-11-20T10:00:00Z',
  submittedAt: null,
  criteriaVersion: null,
  readinessAtSubmission: null,
  evidence: [],
  outcome: null,
  decidedAt: null,
};
const submitted = {
  ...opened,
  status: 'SUBMITTED',
  submittedAt: '2026-11-21T09:30:00Z',
  criteriaVersion: 3,
  readinessAtSubmission: 'BORDERLINE',
  evidence: [{ activityId: 'a1', kind: 'LEADERSHIP', title: 'Clerkship director', occurredOn: '2024-07-01', endedOn: null }],
};

describe('MyPromotion', () => {
  it('submits after a confirmation and shows the receipt of what was frozen', async () => {
    let state: typeof opened | typeof submitted = opened;
    const fetch = server({
      [`GET ${D}`]: () => json(200, [{ id: 'd1', candidateName: 'N', track: 'CLINICIAN_EDUCATOR', targetRank: 'ASSOCIATE', status: state.status, viewer: 'CANDIDATE', openedAt: opened.openedAt }]),
      [`GET ${D}/d1`]: () => json(200, state),
      [`POST ${D}/d1/submit`]: () => {
        state = submitted;
        return json(200, submitted);
      },
    });
    render(<MyPromotion />);

    fireEvent.click(await screen.findByRole('button', { name: 'Submit dossier' }));
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm submission' }));

    const receipt = await screen.findByRole('region', { name: 'Submission receipt' });
    expect(receipt.textContent).toContain('Borderline');
    expect(within(receipt).getByRole('cell', { name: 'Clerkship director' })).toBeTruthy();
    expect(receipt.textContent).toMatch(/Criteria version\s*3/);
    expect(screen.getByText('Your dossier was submitted. Your receipt is below.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit dossier' })).toBeNull();
  });

  it('opens a dossier for the track and rank of the readiness report, and shows a refusal in its own words', async () => {
    const fetch = server({
      [`GET ${D}`]: () => json(200, []),
      'GET /api/promotion-review/readiness/me': () => json(200, { track: 'RESEARCH', targetRank: 'FULL' }),
      [`POST ${D}`]: () => json(409, { status: 409, detail: 'the candidate has an undecided dossier already' }),
    });
    render(<MyPromotion />);
    await screen.findByRole('heading', { name: 'Open your promotion dossier' });
    await vi.waitFor(() => expect((screen.getByLabelText('Track') as HTMLSelectElement).value).toBe('RESEARCH'));
    fireEvent.click(screen.getByRole('button', { name: 'Open dossier' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the candidate has an undecided dossier already');
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ track: 'RESEARCH', targetRank: 'FULL' });
  });
});

const committee = committeeView({
  letters: [
    { id: 'l1', writerName: 'Dr Out', writerEmail: 'out@else.org', deadline: '2026-12-20T00:00:00Z', status: 'RECEIVED', requestedAt: 'x', receivedAt: '2026-11-22T00:00:00Z', conflict: null, remindersSent: [], text: 'A strong case.' },
    { id: 'l2', writerName: 'Dr Late', writerEmail: 'late@else.org', deadline: '2026-11-22T00:00:00Z', status: 'OVERDUE', requestedAt: 'x', receivedAt: null, conflict: 'co-author of X', remindersSent: [7, 1], text: null },
  ],
});
const me = { subject: 'me', organizations: [], roles: ['committee'], csrf: { headerName: 'X-CSRF', parameterName: '_csrf', token: 't' } };

describe('AssignedDossiers', () => {
  it('gives a reviewer the secret vote and the letters, and none of the chair steps', async () => {
    window.history.replaceState({}, '', '/dossiers?dossier=d1');
    let view = committee;
    const fetch = server({
      [`GET ${D}/d1`]: () => json(200, view),
      'GET /api/me': () => json(200, me),
      [`POST ${D}/d1/votes`]: () => {
        view = { ...committee, myVote: 'AGAINST', reviewers: [{ ...committee.reviewers[0], voted: true }] } as never;
        return json(204);
      },
    });
    render(<AssignedDossiers />);

    expect(await screen.findByRole('img', { name: 'Letters: 1 received · 0 awaited · 1 overdue' })).toBeTruthy();
    expect(screen.getByText('Flagged: co-author of X')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close the vote' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Assign reviewers' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Audit trail' })).toBeNull();

    const cast = screen.getByRole('button', { name: 'Cast vote' }) as HTMLButtonElement;
    expect(cast.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'against' }));
    fireEvent.click(cast);
    expect(await screen.findByText(/Votes are secret and final/)).toBeTruthy();
    const vote = fetch.mock.calls.find(([path]) => path === `${D}/d1/votes`);
    expect(JSON.parse(String(vote?.[1]?.body))).toEqual({ choice: 'AGAINST' });
    expect(screen.queryByRole('button', { name: 'Cast vote' })).toBeNull();
  });

  it('lets the chair close the vote, then record the decision, and shows the tally', async () => {
    window.history.replaceState({}, '', '/dossiers?dossier=d1');
    let view: Record<string, unknown> = { ...committee, viewer: 'CHAIR', chairId: 'me', myVote: 'FOR', reviewers: [{ ...committee.reviewers[0], voted: true }] };
    server({
      [`GET ${D}/d1`]: () => json(200, view),
      'GET /api/me': () => json(200, me),
      [`GET ${D}/d1/roster`]: () => json(200, [{ userId: 'me', name: 'Priya' }]),
      [`GET ${D}/d1/audit`]: () => json(200, []),
      [`POST ${D}/d1/vote/close`]: () => {
        view = { ...view, status: 'VOTE_CLOSED', voteClosedAt: '2026-11-23T00:00:00Z', tally: { FOR: 1, AGAINST: 0, ABSTAIN: 0 } };
        return json(200, view);
      },
      [`POST ${D}/d1/decision`]: (body) => {
        view = { ...view, status: 'DECIDED', decision: { outcome: (body as { outcome: string }).outcome, decidedBy: 'me', decidedAt: '2026-11-23T01:00:00Z' } };
        return json(200, view);
      },
    });
    render(<AssignedDossiers />);

    fireEvent.click(await screen.findByRole('button', { name: 'Close the vote' }));
    expect(await screen.findByRole('list', { name: 'Vote tally' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'promoted' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect((await screen.findByText(/^Decision:/)).textContent).toContain('promoted');
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
  });

  it('lets the chair assign reviewers by name from the roster and keeps each outcome on screen', async () => {
    window.history.replaceState({}, '', '/dossiers?dossier=d1');
    let view: Record<string, unknown> = { ...committee, viewer: 'CHAIR', chairId: 'me' };
    const fetch = server({
      [`GET ${D}/d1`]: () => json(200, view),
      'GET /api/me': () => json(200, me),
      [`GET ${D}/d1/roster`]: () => json(200, [{ userId: 'me', name: 'Priya' }, { userId: 'lee', name: 'Jordan Lee' }]),
      [`GET ${D}/d1/audit`]: () => json(200, [{ seq: 1, at: '2026-11-20T10:00:00Z', actorId: 'x', action: 'OPENED', detail: null }]),
      [`POST ${D}/d1/reviewers`]: () => {
        view = { ...view, recusals: [{ memberId: 'lee', name: 'Jordan Lee', reason: 'CO_AUTHORSHIP', detail: "co-author of 'X'", at: 'x' }] };
        return json(200, [{ memberId: 'lee', outcome: 'RECUSED' }]);
      },
    });
    render(<AssignedDossiers />);

    // Priya is a reviewer already: only Jordan Lee is offered.
    const lee = await screen.findByRole('checkbox', { name: 'Jordan Lee' });
    expect(screen.queryByRole('checkbox', { name: 'Priya' })).toBeNull();
    fireEvent.click(lee);
    fireEvent.click(screen.getByRole('button', { name: 'Assign selected' }));
    expect((await screen.findByRole('list', { name: 'Assignment results' })).textContent).toContain(
      'Jordan Lee: recused (a conflict is on record), not assigned',
    );
    expect((await screen.findByRole('list', { name: 'Recusals' })).textContent).toContain('co-authorship found');
    const assign = fetch.mock.calls.find(([path]) => path === `${D}/d1/reviewers`);
    expect(JSON.parse(String(assign?.[1]?.body))).toEqual({ memberIds: ['lee'] });
    expect(screen.getByText('1 recorded step(s)')).toBeTruthy();
  });

  it('shows a failed step in its own words and keeps the form', async () => {
    window.history.replaceState({}, '', '/dossiers?dossier=d1');
    server({
      [`GET ${D}/d1`]: () => json(200, committee),
      'GET /api/me': () => json(200, me),
      [`POST ${D}/d1/votes`]: () => json(409, { status: 409, detail: 'the vote is closed' }),
    });
    render(<AssignedDossiers />);
    fireEvent.click(await screen.findByRole('radio', { name: 'for' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cast vote' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the vote is closed');
    expect(screen.getByRole('button', { name: 'Cast vote' })).toBeTruthy();
  });
});

describe('LetterUpload', () => {
  const token = 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6';

  it('sends the letter with the token in the body, takes the token out of the address, and thanks the writer', async () => {
    window.history.replaceState({}, '', `/promotion/letters/upload?token=${token}`);
    const fetch = server({ 'POST /api/promotion-review/letters/upload': () => json(204) });
    render(<LetterUpload />);
    expect(window.location.search).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Upload letter' }));
    expect(screen.getByText('Paste your letter or choose a file first')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Your letter'), { target: { value: 'Dear committee, ...' } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload letter' }));
    expect((await screen.findByRole('status')).textContent).toContain('your letter was received');
    expect(fetch.mock.calls[0][0]).toBe('/api/promotion-review/letters/upload');
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({ token, text: 'Dear committee, ...' });
  });

  it('says why an upload was refused', async () => {
    window.history.replaceState({}, '', `/promotion/letters/upload?token=${token}`);
    server({
      'POST /api/promotion-review/letters/upload': () =>
        json(409, { status: 409, detail: 'this letter was received already; it cannot be replaced' }),
    });
    render(<LetterUpload />);
    fireEvent.change(screen.getByLabelText('Your letter'), { target: { value: 'again' } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload letter' }));
    expect((await screen.findByRole('alert')).textContent).toContain('received already');
  });

  it('tells a writer with a broken link what to do, and offers no form', () => {
    window.history.replaceState({}, '', '/promotion/letters/upload');
    render(<LetterUpload />);
    expect(screen.getByRole('alert').textContent).toContain('This link is incomplete');
    expect(screen.queryByRole('button', { name: 'Upload letter' })).toBeNull();
  });
});
