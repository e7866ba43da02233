import { call, postJson } from '../../api';

export type Category = 'MATCHES' | 'READINESS' | 'JOBS' | 'REVIEWS' | 'LETTERS' | 'MILESTONES' | 'RECEIPTS' | 'DECISIONS';
export interface FeedItem {
  id: string;
  category: Category;
  eventType: string;
  title: string;
  summary?: string | null;
  link?: string | null;
  createdAt: string;
  read: boolean;
}

export type DeliveryMode = 'IMMEDIATE' | 'DAILY_DIGEST' | 'OFF';

export interface CategoryPreference {
  category: Category;
  mode: DeliveryMode;
  canTurnOff: boolean;
}

export const CATEGORY_WORDS: Record<Category, string> = {
  MATCHES: 'Mentoring proposals and matches',
  READINESS: 'Promotion readiness',
  JOBS: 'Job alerts and applications',
  REVIEWS: 'Dossier reviews',
  LETTERS: 'Letters',
  MILESTONES: 'Pivot-plan milestones',
  RECEIPTS: 'Receipts of what you submit',
  DECISIONS: 'Decisions on your promotion',
};

export const MODE_WORDS: Record<DeliveryMode, string> = {
  IMMEDIATE: 'Email at once',
  DAILY_DIGEST: 'Daily digest email',
  OFF: 'No email',
};

const segment = encodeURIComponent;

export const notificationApi = {
  feed: () => call<FeedItem[]>('/api/notification/feed'),
  // keepalive: marking read as a link is followed must outlive the page it was sent from.
  markRead: (id: string) => call<void>(`/api/notification/feed/${segment(id)}/read`, { method: 'POST', keepalive: true }),
  markAllRead: () => call<{ unread: number }>('/api/notification/feed/read-all', { method: 'POST' }),
  preferences: () => call<CategoryPreference[]>('/api/notification/preferences'),
  choose: (category: Category, mode: DeliveryMode) =>
    postJson<CategoryPreference>(`/api/notification/preferences/${segment(category)}`, { mode }, 'PUT'),
};

/**
 * Where a feed item's link leads inside the portal. Links name the feature's page (…/mentoring/matches/<id>); the
 * portal answers on its pages, so a mentoring link opens the mentor inbox for a proposal to the mentor and the
 * mentee's page otherwise, with the match named for highlighting.
 */
export function portalPath(link: string | null | undefined, eventType: string): string | undefined {
  if (!link) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(link, window.location.origin);
  } catch {
    return undefined;
  }
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [area, kind, id] = parts;
  if (area === 'mentoring') {
    const forMentor = /\.(MatchProposed|ConversationCancelled)\./.test(eventType);
    const page = forMentor ? '/mentoring' : '/find-a-mentor';
    const query = new URLSearchParams();
    if (kind === 'matches' && id) {
      query.set('match', id);
      const action = url.searchParams.get('action');
      if (action) {
        query.set('action', action);
      }
    }
    const search = query.toString();
    return search ? `${page}?${search}` : page;
  }
  const pages: Record<string, string> = { jobs: '/jobs', promotion: '/promotion', portfolio: '/plan' };
  if (area === 'promotion' && kind === 'readiness') {
    return '/';
  }
  return pages[area] ?? '/notifications';
}
