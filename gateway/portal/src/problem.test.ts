import { describe, expect, it } from 'vitest';
import { fieldMessages, problemMessage, problemOf, retryable } from './problem';

describe('problem messages', () => {
  it('prefers the detail, then the title', () => {
    expect(problemMessage({ status: 409, title: 'Conflict', detail: 'This work is already in your portfolio' })).toBe(
      'This work is already in your portfolio',
    );
    expect(problemMessage({ status: 400, title: 'Bad Request', detail: '  ' })).toBe('Bad Request');
  });

  it('explains a bare status, and is never blank', () => {
    expect(problemMessage({ status: 401 })).toMatch(/session has ended/);
    expect(problemMessage({ status: 418 })).toBe('The request failed (418).');
    expect(problemMessage({})).toBe('The request failed.');
  });

  it('offers a retry only where asking again may help', () => {
    expect(retryable({})).toBe(true);
    expect(retryable({ status: 503 })).toBe(true);
    expect(retryable({ status: 429 })).toBe(true);
    expect(retryable({ status: 404, detail: 'no pivot plan yet' })).toBe(false);
    expect(retryable({ status: 401 })).toBe(false);
  });

  it('keys field errors by field, first message winning', () => {
    expect(
      fieldMessages({
        errors: [
          { field: 'title', message: 'must not be blank' },
          { field: 'title', message: 'second' },
          { field: 'occurredOn', message: 'must be a past date' },
        ],
      }),
    ).toEqual({ title: 'must not be blank', occurredOn: 'must be a past date' });
  });

  it('reads a problem body, and falls back to the status for anything else', async () => {
    const json = new Response(JSON.stringify({ title: 'Not Found', detail: 'no pivot plan yet' }), {
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
    });
    expect(await problemOf(json)).toEqual({ title: 'Not Found', detail: 'no pivot plan yet', status: 404 });

    const html = new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
    expect(await problemOf(html)).toEqual({ status: 502 });
  });
});
