import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Notifications } from '.';
import { NotificationBell } from '../../components/NotificationBell';
import { mergeFeed } from './liveFeed';
import { FeedItem, portalPath } from './model';

/** The browser's EventSource as the tests drive it: they open, push and fail the stream. */
class FakeEventSource {
  static readonly CLOSED = 2;
  static open: FakeEventSource[] = [];
  readyState = 0;
  onopen?: () => void;
  onerror?: () => void;
  private readonly listeners: Record<string, ((event: MessageEvent) => void)[]> = {};

  constructor(readonly url: string) {
    FakeEventSource.open.push(this);
  }

  addEventListener(name: string, listener: (event: MessageEvent) => void) {
    (this.listeners[name] ??= []).push(listener);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
    FakeEventSource.open = FakeEventSource.open.filter((source) => source !== this);
  }

  connect() {
    this.readyState = 1;
    this.onopen?.();
  }

  push(item: FeedItem) {
    this.listeners.notification?.forEach((listener) => listener(new MessageEvent('notification', { data: JSON.stringify(item) })));
  }

  refuse() {
    this.readyState = FakeEventSource.CLOSED;
    this.onerror?.();
  }
}

function json(status: number, body?: unknown): Response {
  if (body === undefined) {
    return new Response(null, { status });
  }
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function item(id: string, overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id,
    category: 'MATCHES',
    eventType: 'org.pathway.mentoring-match.MatchProposed.v1',
    title: `Item ${id}`,
    summary: `Summary ${id}`,
    link: `http://127.0.0.1:8080/mentoring/matches/${id}`,
    createdAt: '2026-11-24T10:00:00Z',
    read: false,
    ...overrides,
  };
}

let unread = 0;
let calls: { key: string; body: unknown }[] = [];

beforeEach(() => {
  unread = 1;
  calls = [];
  FakeEventSource.open = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit = {}) => {
      const key = `${(init.method ?? 'GET').toUpperCase()} ${path}`;
      calls.push({ key, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined });
      switch (key) {
        case 'GET /api/notification/feed/unread-count':
          return Promise.resolve(json(200, { unread }));
        case 'GET /api/notification/feed':
          return Promise.resolve(json(200, [item('old', { createdAt: '2026-11-23T09:00:00Z', read: true }), item('a')]));
        case 'POST /api/notification/feed/a/read':
          unread -= 1;
          return Promise.resolve(json(204));
        case 'GET /api/notification/preferences':
          return Promise.resolve(
            json(200, [
              { category: 'MATCHES', mode: 'IMMEDIATE', canTurnOff: true },
              { category: 'RECEIPTS', mode: 'IMMEDIATE', canTurnOff: false },
            ]),
          );
        case 'PUT /api/notification/preferences/MATCHES':
          return Promise.resolve(json(200, { category: 'MATCHES', mode: 'DAILY_DIGEST', canTurnOff: true }));
        default:
          return Promise.resolve(json(500, { status: 500, detail: `unexpected ${key}` }));
      }
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Notifications', () => {
  it('shows the feed, adds what the stream pushes on top, and counts it in the bell', async () => {
    render(
      <>
        <NotificationBell />
        <Notifications />
      </>,
    );
    await screen.findByText('Item a');
    // The bell and the page share one stream.
    expect(FakeEventSource.open).toHaveLength(1);
    expect(FakeEventSource.open[0].url).toBe('/api/notification/feed/stream');
    act(() => FakeEventSource.open[0].connect());
    expect(screen.getByText(/Live: new notifications appear here/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Notification bell: 1 unread' })).toBeTruthy();

    unread = 2;
    act(() => FakeEventSource.open[0].push(item('new', { title: 'A mentee asks you', createdAt: '2026-11-24T11:00:00Z' })));

    const feed = screen.getByRole('list', { name: 'Your notifications, newest first' });
    expect(within(feed).getAllByRole('listitem').map((entry) => entry.querySelector('.feed-title')?.textContent)).toEqual([
      'Unread: A mentee asks you',
      'Unread: Item a',
      'Item old',
    ]);
    expect(await screen.findByRole('link', { name: 'Notification bell: 2 unread' })).toBeTruthy();
  });

  it('marks an item read and lowers the count', async () => {
    render(<Notifications />);
    await screen.findByText('Item a');
    fireEvent.click(await screen.findByRole('button', { name: 'Mark read: Item a' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mark read: Item a' })).toBeNull());
    expect(calls.some((call) => call.key === 'POST /api/notification/feed/a/read')).toBe(true);
    expect(await screen.findByText('0 unread')).toBeTruthy();
  });

  it('marks an item read when its link is followed', async () => {
    render(<Notifications />);
    const link = await screen.findByRole('link', { name: 'Item a' });
    expect(link.getAttribute('href')).toBe('/mentoring?match=a');
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);

    await waitFor(() => expect(calls.some((call) => call.key === 'POST /api/notification/feed/a/read')).toBe(true));
    expect(await screen.findByText('0 unread')).toBeTruthy();
  });

  it('offers to reconnect when the stream is refused, and reopens it', async () => {
    render(<Notifications />);
    await screen.findByText('Item a');
    act(() => FakeEventSource.open[0].refuse());
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(FakeEventSource.open).toHaveLength(1);
    expect(FakeEventSource.open[0].readyState).toBe(0);
    expect(screen.getByText('Connecting to live updates…')).toBeTruthy();
  });

  it('lets email be turned off only where it may be, and saves a choice', async () => {
    render(<Notifications />);
    const receipts = await screen.findByLabelText('Receipts of what you submit');
    expect((within(receipts).getByRole('option', { name: 'No email' }) as HTMLOptionElement).disabled).toBe(true);
    const matches = screen.getByLabelText('Mentoring proposals and matches');
    expect((within(matches).getByRole('option', { name: 'No email' }) as HTMLOptionElement).disabled).toBe(false);

    fireEvent.change(matches, { target: { value: 'DAILY_DIGEST' } });

    expect(await screen.findByText('Saved: Mentoring proposals and matches, daily digest email.')).toBeTruthy();
    expect(calls.find((call) => call.key === 'PUT /api/notification/preferences/MATCHES')?.body).toEqual({ mode: 'DAILY_DIGEST' });
    expect((matches as HTMLSelectElement).value).toBe('DAILY_DIGEST');
  });
});

describe('portalPath', () => {
  it('leads a proposal to the mentor inbox and other mentoring news to the mentee page, keeping match and action', () => {
    expect(portalPath('http://127.0.0.1:8080/mentoring/matches/m%201?action=accept', 'org.pathway.mentoring-match.MatchProposed.v1')).toBe(
      '/mentoring?match=m+1&action=accept',
    );
    expect(portalPath('http://127.0.0.1:8080/mentoring/matches/m1', 'org.pathway.mentoring-match.MatchAccepted.v1')).toBe(
      '/find-a-mentor?match=m1',
    );
    expect(portalPath('http://127.0.0.1:8080/mentoring/requests/r1', 'org.pathway.mentoring-match.MatchEnded.v1')).toBe('/find-a-mentor');
  });

  it('leads other features to their pages, and has nothing for no link', () => {
    expect(portalPath('http://127.0.0.1:8080/jobs/postings/p1', 'x')).toBe('/jobs');
    expect(portalPath('http://127.0.0.1:8080/portfolio/plan', 'x')).toBe('/plan');
    expect(portalPath('http://127.0.0.1:8080/promotion/readiness', 'x')).toBe('/');
    expect(portalPath(null, 'x')).toBeUndefined();
  });
});

describe('mergeFeed', () => {
  it('keeps each item once, newest first, with the reads done here', () => {
    const merged = mergeFeed(
      [item('a', { createdAt: '2026-11-24T10:00:00.5Z' }), item('b', { createdAt: '2026-11-24T10:00:00.25Z' })],
      [item('a', { createdAt: '2026-11-24T10:00:00.5Z' }), item('c', { createdAt: '2026-11-24T10:00:01Z' })],
      new Set(['b']),
    );
    expect(merged.map((entry) => [entry.id, entry.read])).toEqual([
      ['c', false],
      ['a', false],
      ['b', true],
    ]);
  });
});
