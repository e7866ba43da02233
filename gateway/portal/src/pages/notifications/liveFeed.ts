import { useSyncExternalStore } from 'react';
import { call } from '../../api';
import { FeedItem } from './model';

export type Connection = 'connecting' | 'live' | 'closed';

export interface LiveState {
  /** Unread items, once known. */
  unread?: number;
  connection: Connection;
  /** Items pushed since the stream opened, newest first. */
  arrived: FeedItem[];
}

const STREAM = '/api/notification/feed/stream';
const UNREAD = '/api/notification/feed/unread-count';
const INITIAL: LiveState = { connection: 'connecting', arrived: [] };

/**
 * One Server-Sent Events stream of the person's feed for the whole app (the top bar's badge and the feed page share
 * it), open while anything listens. The browser reconnects by itself after a drop, sending the last event id, so the
 * service replays what was missed; a refused stream (the session ended) stays closed until reconnect().
 */
class LiveFeed {
  private state: LiveState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private source?: EventSource;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.open();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.close();
      }
    };
  };

  snapshot = () => this.state;

  /** Asks the server for the unread count again (after marking read, or when an item arrives). */
  refreshUnread = () => {
    call<{ unread: number }>(UNREAD).then(
      ({ unread }) => this.set({ unread }),
      // The badge is a hint: a failed count leaves the last one; the feed page shows its own problems.
      () => undefined,
    );
  };

  reconnect = () => {
    this.source?.close();
    this.source = undefined;
    this.open();
  };

  private open() {
    this.refreshUnread();
    if (typeof EventSource === 'undefined') {
      this.set({ connection: 'closed' });
      return;
    }
    const source = new EventSource(STREAM);
    this.source = source;
    this.set({ connection: 'connecting' });
    source.onopen = () => this.set({ connection: 'live' });
    source.onerror = () => this.set({ connection: source.readyState === EventSource.CLOSED ? 'closed' : 'connecting' });
    source.addEventListener('notification', (event) => {
      const item = JSON.parse((event as MessageEvent<string>).data) as FeedItem;
      this.set({ connection: 'live', arrived: [item, ...this.state.arrived.filter((seen) => seen.id !== item.id)] });
      this.refreshUnread();
    });
  }

  private close() {
    this.source?.close();
    this.source = undefined;
    this.state = INITIAL;
  }

  private set(change: Partial<LiveState>) {
    this.state = { ...this.state, ...change };
    this.listeners.forEach((listener) => listener());
  }
}

export const liveFeed = new LiveFeed();

export function useLiveFeed(): LiveState {
  return useSyncExternalStore(liveFeed.subscribe, liveFeed.snapshot);
}

/** The loaded feed with what arrived live since, newest first, each item once, with the reads done on this page. */
export function mergeFeed(loaded: FeedItem[], arrived: FeedItem[], readHere: Set<string>): FeedItem[] {
  const byId = new Map<string, FeedItem>();
  for (const item of [...arrived, ...loaded]) {
    if (!byId.has(item.id)) {
      byId.set(item.id, item);
    }
  }
  return [...byId.values()]
    .map((item) => {
      const read = item.read || readHere.has(item.id);
      return read === item.read ? item : { ...item, read };
    })
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id.localeCompare(a.id));
}
