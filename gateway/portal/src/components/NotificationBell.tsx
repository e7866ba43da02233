import { useLiveFeed } from '../pages/notifications/liveFeed';

/** The unread count in the top bar, live from the feed's stream; opens the feed. */
export function NotificationBell() {
  const { unread } = useLiveFeed();
  const count = unread ?? 0;
  return (
    <a href="/notifications" data-nav className={count > 0 ? 'bell bell-unread' : 'bell'} aria-label={`Notification bell: ${count} unread`}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </a>
  );
}
