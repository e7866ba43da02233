import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Dashboard } from './Dashboard';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

describe('Dashboard', () => {
  it('draws the gauge, each requirement against its target, the gaps, and the plan problem in its own words', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((path: string) =>
        Promise.resolve(
          path.includes('readiness')
            ? json(200, {
                track: 'CLINICIAN_EDUCATOR',
                targetRank: 'ASSOCIATE',
                status: 'NOT_READY',
                score: 35,
                assessedAt: '2026-11-20T10:00:00Z',
                requirementsMet: 1,
                requirementsUnmet: 1,
                requirementsDeferred: 0,
                requirements: [
                  { requirementId: 'teaching', type: 'T', description: 'years of teaching', outcome: 'MET', found: 4, needed: 3, shortfall: 0 },
                  { requirementId: 'lead', type: 'L', description: 'director role', outcome: 'UNMET', found: 0, needed: 1, shortfall: 1 },
                ],
                gaps: [{ requirementId: 'lead', shortfall: 1, text: 'One education director role' }],
                convertible: [],
              })
            : json(404, { status: 404, title: 'Not Found', detail: 'no pivot plan yet' }, 'application/problem+json'),
        ),
      ),
    );

    render(<Dashboard />);

    expect((await screen.findByRole('img')).getAttribute('aria-label')).toBe('Readiness 35 of 100: Not ready yet');
    const meters = screen.getAllByRole('meter');
    expect(meters.map((meter) => [meter.getAttribute('aria-label'), meter.getAttribute('aria-valuenow')])).toEqual([
      ['years of teaching', '3'],
      ['director role', '0'],
    ]);
    expect(screen.getByText('4 / 3 · met')).toBeTruthy();
    expect(screen.getByText('One education director role')).toBeTruthy();
    const plan = await screen.findByRole('alert');
    expect(plan.textContent).toContain('no pivot plan yet');
    // A missing plan is an answer, not a failure to retry.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
