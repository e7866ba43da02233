import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CriteriaEditor, Members, MentoringRound, Postings, Reports } from '.';
import { criteriaRequest, CriteriaView, importanceShares, newRequirement, previewSummary, validateCriteria } from './criteria';
import { adminMoves, EMPTY_POSTING, postingRequest, validatePosting } from './postings';
import { formatDuration, statusCounts } from './reports';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/** A fetch stub answering by "METHOD path" prefix; every call is kept for the assertions. */
function server(routes: Record<string, (body: unknown) => Response>) {
  const fetch = vi.fn((path: string, init: RequestInit = {}) => {
    const key = `${(init.method ?? 'GET').toUpperCase()} ${path}`;
    const route = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((prefix) => key.startsWith(prefix));
    if (!route) {
      return Promise.resolve(json(404, { status: 404, detail: `no stub for ${key}` }, 'application/problem+json'));
    }
    return Promise.resolve(routes[route](init.body ? JSON.parse(String(init.body)) : undefined));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const DEFAULTS: CriteriaView = {
  track: 'CLINICIAN_EDUCATOR',
  targetRank: 'ASSOCIATE',
  version: 1,
  source: 'DEFAULT',
  publishedAt: null,
  publishedBy: null,
  criteria: {
    requirements: [
      {
        ...newRequirement('EVIDENCE_COUNT', []),
        id: 'education-scholarship',
        labelOne: 'education product',
        labelMany: 'education products',
        importance: 60,
        atLeast: 3,
        atLeastFirstOrSenior: 2,
        scholarshipTypes: ['PEER_REVIEWED_ARTICLE'],
        peerReviewedOnly: true,
      },
      {
        ...newRequirement('LEADERSHIP_ROLES', []),
        id: 'director-role',
        labelOne: 'director role',
        labelMany: 'director roles',
        importance: 40,
        atLeast: 1,
      },
    ],
    weights: { coherentSeries: 95 },
    thresholds: { readyFloor: 70, borderlineFloor: 50 },
  },
};

describe('criteria model', () => {
  it('names each mistake by the path the service uses', () => {
    const body = structuredClone(DEFAULTS.criteria);
    body.requirements[0].atLeastFirstOrSenior = 5;
    body.requirements[1].id = 'education-scholarship';
    body.requirements[1].leadershipRoles = [];
    body.thresholds.borderlineFloor = 80;
    expect(validateCriteria(body)).toEqual({
      'requirements[0].atLeastFirstOrSenior': 'Cannot exceed the target (3)',
      'requirements[1].id': 'Same id as requirement 1',
      'requirements[1].leadershipRoles': 'Choose at least one role',
      'thresholds.borderlineFloor': 'Must be below the "ready" score (70)',
    });
    expect(validateCriteria(DEFAULTS.criteria)).toEqual({});
  });

  it('drops the scholarship conditions a kinds change left behind', () => {
    const body = structuredClone(DEFAULTS.criteria);
    body.requirements[0].kinds = ['SCHOLARSHIP', 'CURRICULUM'];
    const sent = criteriaRequest(body).requirements[0];
    expect([sent.scholarshipTypes, sent.peerReviewedOnly, sent.atLeastFirstOrSenior]).toEqual([[], null, null]);
    expect(criteriaRequest(DEFAULTS.criteria).requirements[0].scholarshipTypes).toEqual(['PEER_REVIEWED_ARTICLE']);
  });

  it('gives a new requirement an id no other requirement has', () => {
    const first = newRequirement('NATIONAL_PRESENCE', []);
    expect(newRequirement('NATIONAL_PRESENCE', [first]).id).toBe('national-presence-2');
  });

  it('shares the coverage score out by importance', () => {
    const shares = importanceShares(DEFAULTS.criteria.requirements).map((share) => Math.round(share.share));
    expect(shares).toEqual([60, 40]);
  });

  it('says in a sentence whom a preview moves', () => {
    const preview = { track: 'X', targetRank: 'Y', currentVersion: 1, proposedVersion: 2, transitions: [] };
    expect(previewSummary({ ...preview, candidates: 4, wouldChangeStatus: 1 })).toBe(
      'Of 4 faculty members assessed, 1 would change status.',
    );
    expect(previewSummary({ ...preview, candidates: 1, wouldChangeStatus: 0 })).toBe(
      'Of 1 faculty member assessed, none would change status.',
    );
  });
});

describe('CriteriaEditor', () => {
  function criteriaServer(preview: () => Response) {
    return server({
      'GET /api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE': () => json(200, DEFAULTS),
      'GET /api/promotion-review/admin/criteria': () => json(200, [DEFAULTS]),
      'POST /api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE/preview': preview,
      'POST /api/promotion-review/admin/criteria/CLINICIAN_EDUCATOR/ASSOCIATE/versions': () =>
        json(201, { ...DEFAULTS, version: 2, source: 'ADMIN' }),
    });
  }

  it('previews the edited draft, charts who would move, and only then offers to publish it', async () => {
    const fetch = criteriaServer(() =>
      json(200, {
        track: 'CLINICIAN_EDUCATOR',
        targetRank: 'ASSOCIATE',
        currentVersion: 1,
        proposedVersion: 2,
        candidates: 5,
        wouldChangeStatus: 2,
        transitions: [{ from: 'READY', to: 'BORDERLINE', candidates: 2 }],
      }),
    );
    render(<CriteriaEditor />);

    const director = await screen.findByRole('group', { name: /director roles/ });
    fireEvent.change(within(director).getByLabelText('Target'), { target: { value: '2' } });
    const publish = screen.getByRole('button', { name: 'Publish version 2' }) as HTMLButtonElement;
    expect(publish.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Preview impact' }));

    expect(await screen.findByText('Of 5 faculty members assessed, 2 would change status.')).toBeTruthy();
    const chart = screen.getByRole('img', { name: /^Status changes the draft would make/ });
    expect(chart.getAttribute('aria-label')).toBe('Status changes the draft would make: ready → borderline 2');
    const sent = JSON.parse(String(fetch.mock.calls.find((call) => String(call[0]).endsWith('/preview'))![1]!.body));
    expect(sent.requirements[1].atLeast).toBe(2);
    expect(publish.disabled).toBe(false);

    // A further edit makes the preview stale: publish waits for a new one.
    fireEvent.change(within(director).getByLabelText('Target'), { target: { value: '3' } });
    expect(publish.disabled).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Impact preview' })).toBeNull();
  });

  it('shows the service\u2019s field errors on the fields they name', async () => {
    criteriaServer(() =>
      json(
        400,
        {
          status: 400,
          detail: 'The criteria contradict themselves in 1 place',
          errors: [{ field: 'requirements[0].kinds[1]', message: 'awards support a dossier but never count' }],
        },
        'application/problem+json',
      ),
    );
    render(<CriteriaEditor />);
    await screen.findByRole('group', { name: /education products/ });
    fireEvent.click(screen.getByRole('button', { name: 'Preview impact' }));

    expect((await screen.findByRole('alert')).textContent).toContain('The criteria contradict themselves in 1 place');
    const kinds = screen.getByRole('group', { name: 'Counts evidence of kind' });
    expect(within(kinds).getByText('awards support a dossier but never count')).toBeTruthy();
  });

  it('names a mistake before sending anything', async () => {
    const fetch = criteriaServer(() => json(500, {}));
    render(<CriteriaEditor />);
    const products = await screen.findByRole('group', { name: /education products/ });
    fireEvent.change(within(products).getByLabelText('Target'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview impact' }));
    expect(within(products).getByText('At least 1 (remove a requirement you no longer want)')).toBeTruthy();
    expect(fetch.mock.calls.some((call) => String(call[0]).endsWith('/preview'))).toBe(false);
  });
});

describe('MentoringRound', () => {
  const round = {
    fingerprint: 'f1',
    method: 'OPTIMAL',
    requests: 2,
    mentors: 1,
    places: 1,
    matched: 1,
    unmatchedRequests: ['r2'],
    totalScore: 81,
    certificate: { optimal: true, verdict: 'no negative reduced cost' },
    solveMillis: 3,
    assignments: [
      {
        requestId: 'r1',
        menteeName: 'Dana Mentee',
        mentorId: 'm1',
        mentorName: 'Grace Mentor',
        mentorInstitution: 'northbridge',
        score: 81,
        reasons: [{ name: 'niche', points: 30, reason: 'Same niche: simulation' }],
      },
    ],
  };

  it('previews the assignment with its reasons, then commits the previewed fingerprint', async () => {
    const fetch = server({
      'POST /api/mentoring-match/admin/rounds/preview?method=OPTIMAL': () => json(200, round),
      'POST /api/mentoring-match/admin/rounds?method=OPTIMAL': () =>
        json(200, { fingerprint: 'f1', proposed: ['match-1'], skippedRequests: [] }),
    });
    render(<MentoringRound />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview round' }));

    expect(await screen.findByText('Same niche: simulation')).toBeTruthy();
    expect(screen.getByText('Certified optimal: no negative reduced cost.', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Commit round: send 1 proposal(s)' }));

    expect(await screen.findByText('1 proposal sent to the mentors.')).toBeTruthy();
    const commit = fetch.mock.calls.find((call) => String(call[0]).startsWith('/api/mentoring-match/admin/rounds?'))!;
    expect(JSON.parse(String(commit[1]!.body))).toEqual({ fingerprint: 'f1' });
  });

  it('says when the cohort changed since the preview', async () => {
    server({
      'POST /api/mentoring-match/admin/rounds/preview': () => json(200, round),
      'POST /api/mentoring-match/admin/rounds?': () =>
        json(409, { status: 409, detail: 'requests or mentors changed since the preview; preview the round again' }, 'application/problem+json'),
    });
    render(<MentoringRound />);
    fireEvent.click(screen.getByRole('button', { name: 'Preview round' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Commit round/ }));
    expect((await screen.findByRole('alert')).textContent).toContain('preview the round again');
  });
});

describe('postings model', () => {
  it('checks ranges and order like the service, by its field names', () => {
    const errors = validatePosting({ ...EMPTY_POSTING, title: 'Clerkship director', clinicalMin: '60', clinicalMax: '40', payMin: '1', payMax: '2', educationFte: '1.5', currency: 'usd' });
    expect(errors).toEqual({
      'location.text': 'Say where the role is',
      'clinicalShare.max': 'Must not be below the minimum',
      educationFte: 'A share of one FTE, from 0 to 1',
      'compensation.currency': 'A currency code such as USD',
    });
  });

  it('sends numbers as numbers and blanks as absent', () => {
    const body = postingRequest({ ...EMPTY_POSTING, title: ' T ', locationText: 'Chicago', clinicalMin: '40', clinicalMax: '40', payMin: '250000', payMax: '280000' });
    expect(body).toMatchObject({
      title: 'T',
      clinicalShare: { min: 40, max: 40 },
      compensation: { min: 250000, max: 280000, currency: 'USD' },
      educationFte: null,
      specialty: null,
    });
  });

  it('offers an admin only the next stages', () => {
    expect(adminMoves('SUBMITTED')).toEqual(['UNDER_REVIEW', 'REJECTED']);
    expect(adminMoves('OFFER')).toEqual([]);
  });
});

describe('Reports', () => {
  it('withholds a track below five dossiers and charts the program report', async () => {
    server({
      'GET /api/promotion-review/admin/readiness': () =>
        json(200, [
          { facultyId: 'a', track: 'T', targetRank: 'R', status: 'READY', score: 80, primaryGap: null },
          { facultyId: 'b', track: 'T', targetRank: 'R', status: 'NOT_READY', score: 20, primaryGap: 'x' },
        ]),
      'GET /api/promotion-review/insight/track-reality': () =>
        json(200, [
          { track: 'CLINICIAN_EDUCATOR', years: 5, belowMinimum: true, promotions: null, medianEvidenceByKind: null },
          {
            track: 'RESEARCH',
            years: 5,
            belowMinimum: false,
            promotions: 7,
            medianEvidenceByKind: { SCHOLARSHIP: 9, TEACHING: 2 },
            medianPeerReviewed: 8,
            medianFirstOrSenior: 3,
            medianNational: 2,
            protectedTimePercent: 43,
          },
        ]),
      'GET /api/mentoring-match/admin/report': () =>
        json(200, {
          institution: 'northbridge',
          generatedAt: '2026-11-24T00:00:00Z',
          requests: { total: 4, byKind: { CAREER: 4 }, open: 1, awaitingAnswer: 1, matched: 2 },
          proposals: { total: 3, open: 1, accepted: 2, declined: 0, expired: 0, ended: 0, acceptanceRate: 1, medianTimeToAccept: 'PT26H' },
          capacity: { mentors: 2, pausedMentors: 0, places: 4, mentees: 2, use: 0.5 },
          activeMentorships: 2,
        }),
    });
    render(<Reports />);

    const educator = await screen.findByRole('article', { name: 'clinician educator' });
    expect(educator.textContent).toContain('figures withheld');
    expect(within(educator).queryByRole('img')).toBeNull();
    const research = screen.getByRole('article', { name: 'research' });
    expect(within(research).getByRole('img').getAttribute('aria-label')).toBe(
      'Median items per promoted dossier, by kind: scholarship 9, teaching 2',
    );
    expect(await screen.findByText('26 h')).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Faculty by readiness status/ }).getAttribute('aria-label')).toBe(
      'Faculty by readiness status (2 assessed): ready 1, borderline 0, not ready 1',
    );
  });

  it('reads durations written either way', () => {
    expect(formatDuration('PT45M')).toBe('45 min');
    expect(formatDuration('P3DT2H')).toBe('3 days');
    expect(formatDuration(7200)).toBe('2 h');
    expect(formatDuration(null)).toBe('not yet');
    expect(statusCounts([]).map((c) => c.count)).toEqual([0, 0, 0]);
  });
});

describe('Members', () => {
  const members = [
    { id: 'u1', username: 'faculty@northbridge.edu', email: 'faculty@northbridge.edu', firstName: 'Fay', lastName: 'Culty', roles: ['faculty'] },
    { id: 'u2', username: 'mentor@northbridge.edu', email: 'mentor@northbridge.edu', firstName: null, lastName: null, roles: ['mentor'] },
  ];

  it('grants a role with one checkbox and says so', async () => {
    const fetch = server({
      'GET /api/admin/members': () => json(200, members),
      'PUT /api/admin/members/u1/roles/committee': () => new Response(null, { status: 204 }),
    });
    render(<Members />);
    const committee = (await screen.findByLabelText('Committee: Fay Culty')) as HTMLInputElement;
    expect(committee.checked).toBe(false);
    fireEvent.click(committee);

    expect(await screen.findByText('Committee granted to Fay Culty.')).toBeTruthy();
    await waitFor(() => expect(committee.checked).toBe(true));
    expect(fetch.mock.calls.some((call) => call[0] === '/api/admin/members/u1/roles/committee' && call[1]?.method === 'PUT')).toBe(true);
  });

  it('keeps the role as it was when the gateway refuses, and shows why', async () => {
    server({
      'GET /api/admin/members': () => json(200, members),
      'DELETE /api/admin/members/u2/roles/mentor': () =>
        json(404, { status: 404, detail: 'No member with this id in your institution.' }, 'application/problem+json'),
    });
    render(<Members />);
    const mentor = (await screen.findByLabelText('Mentor: mentor@northbridge.edu')) as HTMLInputElement;
    fireEvent.click(mentor);
    expect((await screen.findByRole('alert')).textContent).toContain('No member with this id in your institution.');
    expect(mentor.checked).toBe(true);
  });

  it('finds a member by any part of their name or address', async () => {
    server({ 'GET /api/admin/members': () => json(200, members) });
    render(<Members />);
    await screen.findByText('Fay Culty');
    fireEvent.change(screen.getByLabelText('Find a member'), { target: { value: 'MENTOR@' } });
    expect(screen.queryByText('Fay Culty')).toBeNull();
    expect(screen.getByText('mentor@northbridge.edu')).toBeTruthy();
  });
});

describe('Postings', () => {
  const draft = {
    id: 'p1',
    status: 'DRAFT',
    title: 'Clerkship director, medicine',
    roleType: 'CLERKSHIP_DIRECTOR',
    roleLabel: 'Clerkship director',
    specialty: null,
    department: null,
    description: null,
    location: { text: 'Chicago, IL', workplace: 'ON_SITE' },
    clinicalShare: { min: 40, max: 50 },
    educationFte: 0.5,
    protectedHoursPerWeek: 16,
    clinicalHalfDaysPerWeek: null,
    compensation: { min: 250000, max: 290000, currency: 'USD' },
    nightsWeekends: false,
    missionTags: [],
    answers: {},
    transparency: { score: 2, outOf: 5, missing: ['scheduleControl'] },
    createdAt: '2026-11-20T10:00:00Z',
    publishedAt: null,
    closedAt: null,
  };

  it('names what a new posting lacks, then shows the service\u2019s own field errors on the fields', async () => {
    const fetch = server({
      'GET /api/job-posting/admin/postings': () => json(200, [draft]),
      'POST /api/job-posting/admin/postings': () =>
        json(400, { status: 400, detail: 'Invalid request', errors: [{ field: 'location.text', message: 'must not be blank' }] }, 'application/problem+json'),
    });
    render(<Postings />);
    expect(await screen.findByText('2 / 5 answered')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New posting' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByText('Give the posting a title')).toBeTruthy();
    expect(fetch.mock.calls.some((call) => call[1]?.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Simulation director' } });
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: 'Evanston' } });
    for (const [name, value] of [['Clinical share from (%)', '20'], ['Clinical share to (%)', '30'], ['Pay from (a year)', '1'], ['Pay to (a year)', '2']]) {
      fireEvent.change(screen.getByLabelText(name), { target: { value } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    const location = screen.getByLabelText('Location');
    await waitFor(() => expect(location.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(location.getAttribute('aria-describedby')!)!.textContent).toBe('must not be blank');
  });

  it('publishes a draft and says so', async () => {
    const fetch = server({
      'GET /api/job-posting/admin/postings': () => json(200, [draft]),
      'POST /api/job-posting/admin/postings/p1/publish': () => json(200, { ...draft, status: 'PUBLISHED' }),
    });
    render(<Postings />);
    fireEvent.click(await screen.findByRole('button', { name: 'Publish Clerkship director, medicine' }));
    expect(await screen.findByText('Clerkship director, medicine published.')).toBeTruthy();
    expect(fetch.mock.calls.some((call) => call[0] === '/api/job-posting/admin/postings/p1/publish')).toBe(true);
  });
});
