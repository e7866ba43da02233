import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FindMentor, MentorInbox } from '.';
import { Match, MentoringRequest, MentorProfile, Suggestion } from './model';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function json(status: number, body: unknown): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

type Route = (method: string, body: unknown) => Response;

/** A fetch answering by "METHOD path", recording each call with its parsed body. */
function server(routes: Record<string, Route>) {
  const calls: { key: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit = {}) => {
      const method = (init.method ?? 'GET').toUpperCase();
      const key = `${method} ${path}`;
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ key, body });
      const route = routes[key];
      return Promise.resolve(route ? route(method, body) : json(404, { status: 404, detail: `no route ${key}` }));
    }),
  );
  return calls;
}

const request: MentoringRequest = {
  id: 'r1',
  kind: 'ADVICE_CONVERSATION',
  prep: { done: 'Ran a workshop', directions: ['simulation'], ask: 'How do I make it a curriculum?' },
  openToExternal: false,
  status: 'OPEN',
  createdAt: '2026-11-24T10:00:00Z',
  updatedAt: '2026-11-24T10:00:00Z',
};

const suggestion: Suggestion = {
  mentorId: 'northbridge:miles',
  name: 'Miles Okafor',
  institution: 'northbridge',
  external: false,
  roles: ['SIMULATION_DIRECTOR'],
  rank: 'PROFESSOR',
  niches: ['bedside-feedback'],
  score: 41,
  factors: [
    { name: 'niche', points: 12, reason: 'shares your niche bedside-feedback (+12)' },
    { name: 'targetRole', points: 0, reason: 'no target role stated' },
    { name: 'kind', points: 5, reason: 'accepts a 20-minute advice conversation (+5)' },
  ],
};

function match(overrides: Partial<Match>): Match {
  return {
    id: 'm1',
    requestId: 'r1',
    kind: 'ADVICE_CONVERSATION',
    status: 'PROPOSED',
    score: 41,
    reasons: suggestion.factors,
    mentee: { name: 'Nora Whitfield', institution: 'northbridge' },
    mentor: { name: 'Miles Okafor', institution: 'northbridge' },
    prep: request.prep,
    proposedAt: '2026-11-24T10:05:00Z',
    deadline: new Date(Date.now() + 3 * 24 * 3600 * 1000 + 60_000).toISOString(),
    ...overrides,
  };
}

describe('FindMentor', () => {
  it('names every missing part of an advice conversation prep and sends nothing', async () => {
    const calls = server({
      'GET /api/mentoring-match/requests': () => json(200, []),
      'GET /api/mentoring-match/matches': () => json(200, []),
    });
    render(<FindMentor />);
    await screen.findByText('You have not asked for a mentor yet.');

    fireEvent.click(screen.getByRole('button', { name: 'Ask for a mentor' }));

    expect(screen.getByText('Say what you have done so far')).toBeTruthy();
    expect(screen.getByText('Name at least one direction you are interested in')).toBeTruthy();
    expect(screen.getByLabelText('Your one clear ask').getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((call) => call.key.startsWith('POST'))).toHaveLength(0);
  });

  it('files the request, ranks the suggestions with their reasons, and proposes to the one chosen', async () => {
    let requests: MentoringRequest[] = [];
    let matches: Match[] = [];
    const calls = server({
      'GET /api/mentoring-match/requests': () => json(200, requests),
      'GET /api/mentoring-match/matches': () => json(200, matches),
      'POST /api/mentoring-match/requests': () => {
        requests = [request];
        return json(201, request);
      },
      'GET /api/mentoring-match/requests/r1/suggestions': () => json(200, [suggestion]),
      'POST /api/mentoring-match/requests/r1/proposals': () => {
        requests = [{ ...request, status: 'PROPOSED', currentMatchId: 'm1' }];
        matches = [match({}), match({ id: 'someone-else', requestId: 'not-mine' })];
        return json(201, matches[0]);
      },
    });
    render(<FindMentor />);
    await screen.findByText('You have not asked for a mentor yet.');

    fireEvent.change(screen.getByLabelText('What you have done so far'), { target: { value: 'Ran a workshop' } });
    fireEvent.change(screen.getByLabelText('A direction you are interested in'), { target: { value: 'simulation' } });
    fireEvent.change(screen.getByLabelText('Your one clear ask'), { target: { value: 'How do I make it a curriculum?' } });
    fireEvent.click(screen.getByLabelText('Mentors from other institutions are welcome'));
    fireEvent.click(screen.getByRole('button', { name: 'Ask for a mentor' }));

    const suggested = await screen.findByRole('heading', { name: 'Miles Okafor' });
    expect(calls.find((call) => call.key === 'POST /api/mentoring-match/requests')?.body).toEqual({
      kind: 'ADVICE_CONVERSATION',
      prep: { done: 'Ran a workshop', directions: ['simulation'], ask: 'How do I make it a curriculum?' },
      openToExternal: true,
    });
    const card = suggested.closest('li')!;
    // Reasons that earned points come largest first; the rest are only noted.
    expect(within(card).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'shares your niche bedside-feedback (+12)',
      'accepts a 20-minute advice conversation (+5)',
    ]);
    expect(card.textContent).toContain('Also considered: no target role stated.');

    fireEvent.click(within(card).getByRole('button', { name: 'Ask Miles Okafor' }));

    expect(await screen.findByText('Waiting for the mentor')).toBeTruthy();
    expect(calls.find((call) => call.key.endsWith('/proposals'))?.body).toEqual({ mentorId: 'northbridge:miles' });
    expect(screen.getByText(/Answer due in 3 days/)).toBeTruthy();
    // Only the proposals of the mentee's own requests are followed here.
    expect(document.querySelectorAll('[data-match]')).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: /Suggested mentors/ })).toBeNull();
  });

  it('shows an accepted conversation with its calendar invite', async () => {
    server({
      'GET /api/mentoring-match/requests': () => json(200, [{ ...request, status: 'MATCHED' }]),
      'GET /api/mentoring-match/matches': () =>
        json(200, [
          match({
            status: 'ACCEPTED',
            conversation: { start: '2026-12-01T15:00:00Z', end: '2026-12-01T15:20:00Z', icalendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR' },
          }),
        ]),
    });
    render(<FindMentor />);

    expect(await screen.findByText('Accepted')).toBeTruthy();
    const invite = screen.getByRole('link', { name: 'Download calendar invite' });
    expect(invite.getAttribute('download')).toBe('pathway-conversation-m1.ics');
    expect(decodeURIComponent(invite.getAttribute('href')!)).toBe('data:text/calendar;charset=utf-8,BEGIN:VCALENDAR\r\nEND:VCALENDAR');
  });

  it('says why the service refused the request, in its own words', async () => {
    server({
      'GET /api/mentoring-match/requests': () => json(200, []),
      'GET /api/mentoring-match/matches': () => json(200, []),
      'POST /api/mentoring-match/requests': () => json(409, { status: 409, detail: 'you already have 3 open requests' }),
    });
    render(<FindMentor />);
    await screen.findByText('You have not asked for a mentor yet.');
    fireEvent.click(screen.getByLabelText('A long-term mentorship'));
    fireEvent.click(screen.getByRole('button', { name: 'Ask for a mentor' }));

    expect((await screen.findByRole('alert')).textContent).toContain('you already have 3 open requests');
  });
});

const profile: MentorProfile = {
  id: 'northbridge:miles',
  institution: 'northbridge',
  name: 'Miles Okafor',
  roles: ['SIMULATION_DIRECTOR'],
  rank: 'PROFESSOR',
  niches: ['bedside-feedback'],
  capacity: 4,
  activeMentees: 1,
  availability: [],
  acceptedKinds: ['ADVICE_CONVERSATION'],
  acceptsExternal: false,
  paused: false,
};

describe('MentorInbox', () => {
  it('lists only proposals addressed to the mentor, with the fit, the reasons and the prep', async () => {
    server({
      'GET /api/mentoring-match/mentors/me': () => json(200, profile),
      'GET /api/mentoring-match/requests': () => json(200, [{ ...request, id: 'my-own' }]),
      'GET /api/mentoring-match/matches': () => json(200, [match({}), match({ id: 'm-own', requestId: 'my-own' })]),
    });
    render(<MentorInbox />);

    const heading = await screen.findByRole('heading', { name: /Nora Whitfield/ });
    const card = heading.closest('li')!;
    expect(card.textContent).toContain('A 20-minute advice conversation');
    expect(card.textContent).toContain('shares your niche bedside-feedback (+12)');
    expect(card.textContent).toContain('How do I make it a curriculum?');
    expect(screen.getAllByRole('heading', { name: /Nora Whitfield/ })).toHaveLength(1);
    const meter = screen.getByRole('meter', { name: 'Mentees against your capacity' });
    expect(meter.getAttribute('aria-valuetext')).toBe('1 of 4 places taken');
  });

  it('declines only with a reason, and sends the reason', async () => {
    let matches = [match({})];
    const calls = server({
      'GET /api/mentoring-match/mentors/me': () => json(200, profile),
      'GET /api/mentoring-match/requests': () => json(403, { status: 403, title: 'Forbidden' }),
      'GET /api/mentoring-match/matches': () => json(200, matches),
      'POST /api/mentoring-match/matches/m1/decline': (_, body) => {
        matches = [match({ status: 'DECLINED', declineReason: (body as { reason: string }).reason })];
        return json(200, matches[0]);
      },
    });
    render(<MentorInbox />);
    fireEvent.click(await screen.findByRole('button', { name: 'Decline…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Give the mentee a reason');
    expect(calls.some((call) => call.key.endsWith('/decline'))).toBe(false);

    fireEvent.change(screen.getByLabelText('Your reason (the mentee sees it)'), { target: { value: 'Away until March' } });
    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));

    expect(await screen.findByText('No proposals waiting for you.')).toBeTruthy();
    expect(calls.find((call) => call.key.endsWith('/decline'))?.body).toEqual({ reason: 'Away until March' });
    expect(screen.getByRole('cell', { name: /Declined/ })).toBeTruthy();
  });

  it('accepts, and asks for information with the question typed', async () => {
    const calls = server({
      'GET /api/mentoring-match/mentors/me': () => json(200, profile),
      'GET /api/mentoring-match/requests': () => json(200, []),
      'GET /api/mentoring-match/matches': () => json(200, [match({})]),
      'POST /api/mentoring-match/matches/m1/accept': () => json(200, match({ status: 'ACCEPTED' })),
      'POST /api/mentoring-match/matches/m1/information-requests': () => json(200, match({ status: 'INFO_REQUESTED' })),
    });
    render(<MentorInbox />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ask for more information…' }));
    fireEvent.change(screen.getByLabelText('Your question to the mentee'), { target: { value: 'Which learners?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send question' }));
    await waitFor(() =>
      expect(calls.find((call) => call.key.endsWith('/information-requests'))?.body).toEqual({ question: 'Which learners?' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Accept Nora Whitfield' }));
    await waitFor(() => expect(calls.some((call) => call.key === 'POST /api/mentoring-match/matches/m1/accept')).toBe(true));
  });

  it('marks the proposal a link names, and opens the action the email chose', async () => {
    const routes = {
      'GET /api/mentoring-match/mentors/me': () => json(200, profile),
      'GET /api/mentoring-match/requests': () => json(200, []),
      'GET /api/mentoring-match/matches': () => json(200, [match({}), match({ id: 'm2', mentee: { name: 'Lena Moreau', institution: 'lakeside' } })]),
    };
    server(routes);
    window.history.pushState({}, '', '/mentoring?match=m2');
    render(<MentorInbox />);
    const linked = (await screen.findByRole('heading', { name: /Lena Moreau/ })).closest('li')!;
    expect(linked.className).toBe('proposal-card linked');
    expect(screen.getByRole('heading', { name: /Nora Whitfield/ }).closest('li')!.className).toBe('proposal-card');
    expect(screen.queryByLabelText('Your reason (the mentee sees it)')).toBeNull();
    cleanup();

    window.history.pushState({}, '', '/mentoring?match=m1&action=decline');
    render(<MentorInbox />);
    const card = (await screen.findByRole('heading', { name: /Nora Whitfield/ })).closest('li')!;
    expect(within(card).getByLabelText('Your reason (the mentee sees it)')).toBeTruthy();
    window.history.pushState({}, '', '/');
  });

  it('offers opting in to a mentor who has not, and pauses one who has', async () => {
    let mine: MentorProfile | undefined;
    const calls = server({
      'GET /api/mentoring-match/mentors/me': () => (mine ? json(200, mine) : json(404, { status: 404, detail: 'not opted in as a mentor yet' })),
      'PUT /api/mentoring-match/mentors/me': (_, body) => {
        mine = { ...profile, ...(body as object), activeMentees: 0 };
        return json(200, mine);
      },
      'POST /api/mentoring-match/mentors/me/pause': () => {
        mine = { ...mine!, paused: true };
        return json(200, mine);
      },
      'GET /api/mentoring-match/requests': () => json(200, []),
      'GET /api/mentoring-match/matches': () => json(200, []),
    });
    render(<MentorInbox />);
    await screen.findByText(/You are not offering mentoring yet/);
    fireEvent.change(screen.getByLabelText('How many mentees you can take'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Your niches (comma-separated)'), { target: { value: 'feedback, simulation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Offer mentoring' }));

    await screen.findByText('Taking proposals');
    expect(calls.find((call) => call.key === 'PUT /api/mentoring-match/mentors/me')?.body).toMatchObject({
      capacity: 3,
      niches: ['feedback', 'simulation'],
      acceptedKinds: ['ADVICE_CONVERSATION', 'LONG_TERM'],
      availability: [],
      acceptsExternal: false,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause mentoring' }));
    expect(await screen.findByText('Paused')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Resume mentoring' })).toBeTruthy();
  });
});
