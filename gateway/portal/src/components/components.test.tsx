import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Gauge } from './Gauge';
import { ProblemMessage } from './ProblemMessage';
import { ImportTeaching } from '../pages/ImportTeaching';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Gauge', () => {
  it('says the score and status in words', () => {
    render(<Gauge score={72.4} status="BORDERLINE" />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Readiness 72 of 100: Borderline');
    expect(screen.getByText('Borderline')).toBeTruthy();
  });
});

describe('ProblemMessage', () => {
  it('shows the detail and each field error as an alert', () => {
    render(
      <ProblemMessage
        problem={{ status: 400, title: 'Bad Request', detail: 'Invalid request', errors: [{ field: 'title', message: 'must not be blank' }] }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Invalid request');
    expect(alert.textContent).toContain('title: must not be blank');
  });

  it('offers to sign in again when the session has ended', () => {
    render(<ProblemMessage problem={{ status: 401 }} onRetry={() => undefined} />);
    expect(screen.getByRole('link', { name: 'Sign in again' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});

describe('ImportTeaching', () => {
  it('lists every row error the service reports, and records nothing', async () => {
    const problem = {
      status: 400,
      detail: '2 problem(s) in the file; nothing was stored',
      rowErrors: [
        { row: 2, column: 'hours', message: 'must be a number' },
        { row: 4, column: 'date', message: 'must be a date (YYYY-MM-DD)' },
      ],
    };
    const fetch = vi.fn().mockResolvedValue(
      new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const onRecorded = vi.fn();
    render(<ImportTeaching onRecorded={onRecorded} />);

    fireEvent.change(screen.getByLabelText('CSV file'), {
      target: { files: [new File(['date,session\n'], 'evals.csv', { type: 'text/csv' })] },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Upload' }));

    expect((await screen.findByRole('alert')).textContent).toContain('2 problem(s) in the file; nothing was stored');
    const rows = screen.getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['2hoursmust be a number', '4datemust be a date (YYYY-MM-DD)']);
    expect(onRecorded).not.toHaveBeenCalled();
    expect(fetch.mock.calls[0][0]).toBe('/api/portfolio/imports/teaching-evaluations');
  });

  it('names a wrong file before sending anything', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(<ImportTeaching onRecorded={() => undefined} />);
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [new File(['x'], 'evals.xlsx')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload' }));
    expect(screen.getByText('The file must be a .csv')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
