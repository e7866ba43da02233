import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApplyForm } from './ApplyForm';
import { Applications } from './Applications';
import { ClinicalTimeChart } from './ClinicalTimeChart';
import { Application, Posting, RankedPage } from './jobs';
import { PostingDetail } from './PostingDetail';
import { Results } from './Results';
import { SearchForm } from './SearchForm';
import { Jobs } from './index';
import { PageBoundary } from './PageBoundary';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

const POSTING: Posting = {
  id: 'p-1',
  institution: 'lakeside',
  status: 'PUBLISHED',
  title: 'Director of Simulation',
  roleType: 'SIMULATION_DIRECTOR',
  roleLabel: 'Simulation director',
  location: { text: 'Lakeside, MI', workplace: 'HYBRID' },
  clinicalShare: { min: 20, max: 30 },
  protectedHoursPerWeek: 16,
  compensation: { min: 230000, max: 260000, currency: 'USD' },
  nightsWeekends: false,
  training: { required: [], preferred: ['MASTERS'] },
  missionTags: ['RURAL'],
  answers: { scheduleControl: 'The division chief; no clinics are added without consent.' },
  transparency: { score: 2, outOf: 5, answered: ['clinicalHalfDays', 'scheduleControl'], missing: ['educationFteMeaning', 'promotionAndSalary', 'lastPersonInRole'] },
  clinicalTime: { typical: { min: 10, max: 40 }, thisRole: { min: 20, max: 30 }, summary: '' },
};

const APPLICATION: Application = {
  id: 'a-1',
  postingId: 'p-1',
  postingInstitution: 'lakeside',
  postingTitle: 'Director of Simulation',
  roleType: 'SIMULATION_DIRECTOR',
  stage: 'SUBMITTED',
  cvSnapshotId: 'snap-0001-abcd',
  submittedAt: '2026-11-24T00:00:00Z',
  updatedAt: '2026-11-24T00:00:00Z',
};

describe('SearchForm', () => {
  it('refuses a clinical share above 100 and searches nothing', () => {
    const onSearch = vi.fn();
    render(<SearchForm initial={{ filter: {} }} onSearch={onSearch} onSave={vi.fn()} saving={false} />);
    fireEvent.change(screen.getByLabelText('Clinical share at most (%)'), { target: { value: '140' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByText('Enter a number from 0 to 100')).toBeTruthy();
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('searches with the chosen filters and saves them under a name', () => {
    const onSearch = vi.fn();
    const onSave = vi.fn();
    render(<SearchForm initial={{ filter: {} }} onSearch={onSearch} onSave={onSave} saving={false} />);
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'CLERKSHIP_DIRECTOR' } });
    fireEvent.change(screen.getByLabelText('Clinical share at most (%)'), { target: { value: '40' } });
    fireEvent.click(screen.getByLabelText('No nights or weekends'));
    fireEvent.click(screen.getByLabelText("Master's"));
    fireEvent.click(screen.getByLabelText('Who controls the schedule'));
    fireEvent.change(screen.getByLabelText('Protected education hours a week, at least'), { target: { value: '16' } });
    fireEvent.change(screen.getByLabelText('Your minimum income (for ranking only, never stored)'), { target: { value: '200000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const filter = {
      roleType: 'CLERKSHIP_DIRECTOR',
      clinicalShareAtMost: 40,
      noNightsWeekends: true,
      training: ['MASTERS'],
      answered: ['scheduleControl'],
      protectedHoursAtLeast: 16,
    };
    expect(onSearch).toHaveBeenCalledWith({ filter: expect.objectContaining(filter), minimumIncome: 200000 });

    fireEvent.click(screen.getByRole('button', { name: 'Save search and alert me' }));
    expect(screen.getByText('Name the search to save it')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Name this search'), { target: { value: 'Clerkships' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save search and alert me' }));
    expect(onSave).toHaveBeenCalledWith('Clerkships', expect.objectContaining({ filter: expect.objectContaining(filter) }));
  });
});

describe('ClinicalTimeChart', () => {
  it('says where the role sits against the typical range', () => {
    render(<ClinicalTimeChart thisRole={{ min: 60, max: 60 }} typical={{ min: 20, max: 50 }} roleLabel="Clerkship director" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Clinical time 60%; typical for clerkship director: 20–50%: more clinical time than is typical for this role',
    );
  });
});

describe('Results', () => {
  it('lists postings by rank with their fit, reasons and transparency, and opens one', () => {
    const page: RankedPage = {
      profileKnown: true,
      results: { items: [{ rank: 1, fit: { score: 82, reasons: ['clinical time 20–30% sits inside your target 10–30%'] }, posting: POSTING }], page: 0, size: 20, total: 1 },
    };
    const onOpen = vi.fn();
    render(<Results page={page} onOpen={onOpen} />);
    expect(screen.getByRole('meter', { name: 'Fit for Director of Simulation' }).getAttribute('aria-valuenow')).toBe('82');
    expect(screen.getByText('clinical time 20–30% sits inside your target 10–30%')).toBeTruthy();
    expect(screen.getByText('Partly transparent: 2/5 answered')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('1 posting, ranked by fit');
    fireEvent.click(screen.getByRole('button', { name: 'Details and apply: Director of Simulation' }));
    expect(onOpen).toHaveBeenCalledWith('p-1');
  });
});

describe('PostingDetail', () => {
  it('shows the answers given and flags the questions still to ask', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(POSTING)));
    render(<PostingDetail postingId="p-1" onApplied={vi.fn()} onClose={vi.fn()} />);
    const questions = (await screen.findByText('The five questions to ask before signing')).nextElementSibling as HTMLElement;
    const items = within(questions).getAllByRole('listitem');
    expect(items.map((item) => item.className)).toEqual(['answered', 'missing', 'answered', 'missing', 'missing']);
    expect(items[2].textContent).toContain('no clinics are added without consent');
    expect(screen.getByRole('form', { name: 'Apply: Director of Simulation' })).toBeTruthy();
  });

  it('shows the open application instead of the form', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(POSTING)));
    render(<PostingDetail postingId="p-1" application={{ ...APPLICATION, stage: 'INTERVIEW' }} onApplied={vi.fn()} onClose={vi.fn()} />);
    expect((await screen.findByText(/You applied on/)).textContent).toContain('Interview');
    expect(screen.queryByRole('form')).toBeNull();
  });
});

describe('ApplyForm', () => {
  it('freezes the CV, then applies with the snapshot id, and shows the receipt', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(json({ id: 'snap-0001-abcd', createdAt: '2026-11-24T00:00:00Z', bytes: 2048 }, 201))
      .mockResolvedValueOnce(json(APPLICATION, 201));
    vi.stubGlobal('fetch', fetch);
    const onApplied = vi.fn();
    render(<ApplyForm postingId="p-1" postingTitle="Director of Simulation" onApplied={onApplied} />);

    fireEvent.click(screen.getByRole('button', { name: 'Apply with my CV' }));
    expect(screen.getByText('Write a few lines on why this role')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Cover letter'), { target: { value: 'I ran the sim centre for five years.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply with my CV' }));

    expect(await screen.findByText('Application sent')).toBeTruthy();
    expect(fetch.mock.calls[0][0]).toBe('/api/portfolio/exports/cv-snapshots');
    expect(fetch.mock.calls[0][1].method).toBe('POST');
    expect(fetch.mock.calls[1][0]).toBe('/api/job-posting/me/applications');
    expect(JSON.parse(fetch.mock.calls[1][1].body)).toEqual({
      postingId: 'p-1',
      coverLetter: 'I ran the sim centre for five years.',
      cvSnapshotId: 'snap-0001-abcd',
    });
    expect(onApplied).toHaveBeenCalledWith(APPLICATION);
    expect(screen.getByRole('link', { name: 'The CV you sent (PDF)' }).getAttribute('href')).toBe(
      '/api/portfolio/exports/cv-snapshots/snap-0001-abcd/cv.pdf',
    );
  });

  it("shows the service's refusal and keeps the letter for another try", async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(json({ id: 'snap-0001-abcd', createdAt: '2026-11-24T00:00:00Z', bytes: 2048 }, 201))
        .mockResolvedValueOnce(json({ status: 409, detail: 'the posting is closed and takes no more applications' }, 409)),
    );
    const onApplied = vi.fn();
    render(<ApplyForm postingId="p-1" postingTitle="Director of Simulation" onApplied={onApplied} />);
    fireEvent.change(screen.getByLabelText('Cover letter'), { target: { value: 'Letter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply with my CV' }));

    expect((await screen.findByRole('alert')).textContent).toContain('the posting is closed');
    expect((screen.getByLabelText('Cover letter') as HTMLTextAreaElement).value).toBe('Letter');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply with my CV' })).toBeTruthy());
    expect(onApplied).not.toHaveBeenCalled();
  });
});

describe('Applications', () => {
  it('shows the stage as a step and withdraws only after a confirmation', () => {
    const onWithdraw = vi.fn();
    render(
      <Applications
        applications={{ state: 'loaded', value: [{ ...APPLICATION, stage: 'UNDER_REVIEW' }, { ...APPLICATION, id: 'a-2', postingId: 'p-2', stage: 'WITHDRAWN' }] }}
        reload={vi.fn()}
        onWithdraw={onWithdraw}
        onOpen={vi.fn()}
      />,
    );
    expect(screen.getByRole('list', { name: 'Status: Under review, step 2 of 4' })).toBeTruthy();
    expect(screen.getByText('Withdrawn')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Withdraw/ })).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Withdraw Director of Simulation' }));
    expect(onWithdraw).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    expect(onWithdraw).toHaveBeenCalledWith(expect.objectContaining({ id: 'a-1' }));
  });
});

describe('Jobs', () => {
  /** The gateway as the page calls it: the board, the saved searches (answered with null fields), alerts, applications. */
  function gateway() {
    const saved: unknown[] = [];
    const calls: { url: string; method: string; body?: string }[] = [];
    const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      calls.push({ url, method, body: init.body as string | undefined });
      if (url.startsWith('/api/job-posting/me/ranked-postings')) {
        return json({ profileKnown: true, results: { items: [], page: 0, size: 20, total: 0 } });
      }
      if (url === '/api/job-posting/me/saved-searches' && method === 'POST') {
        const request = JSON.parse(init.body as string);
        const filter = { roleType: null, clinicalShareAtMost: null, minimumPay: null, noNightsWeekends: null, mission: null,
          location: null, training: null, protectedHoursAtLeast: null, answered: null, ...request.filter };
        saved.push({ id: 's-1', name: request.name, filter, createdAt: '2026-11-24T00:00:00Z' });
        return json(saved[0], 201);
      }
      if (url === '/api/job-posting/me/saved-searches') return json(saved);
      return json([]);
    });
    vi.stubGlobal('fetch', fetch);
    return calls;
  }

  it('saves the search with only the chosen filters, lists it in words, and runs it again', async () => {
    const calls = gateway();
    render(<Jobs />);
    await screen.findByText('No saved searches: search above, name it and save it to be alerted to new postings.');

    fireEvent.change(screen.getByLabelText('Location contains'), { target: { value: 'Harbor' } });
    fireEvent.change(screen.getByLabelText('Name this search'), { target: { value: 'Harbor roles' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save search and alert me' }));

    expect(await screen.findByText('in “Harbor”')).toBeTruthy();
    const post = calls.find((call) => call.method === 'POST');
    expect(JSON.parse(post!.body!)).toEqual({ name: 'Harbor roles', filter: { location: 'Harbor' } });

    fireEvent.click(screen.getByRole('button', { name: 'Run Harbor roles' }));
    await waitFor(() =>
      expect(calls.filter((call) => call.url.startsWith('/api/job-posting/me/ranked-postings')).at(-1)!.url).toContain(
        'location=Harbor',
      ),
    );
    expect((screen.getByLabelText('Location contains') as HTMLInputElement).value).toBe('Harbor');
  });
});

describe('PageBoundary', () => {
  it('shows a failure to draw as an alert, never a blank page', () => {
    const Broken = () => {
      throw new Error('bad answer');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <PageBoundary>
        <Broken />
      </PageBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('This page could not be shown (bad answer)');
  });
});
