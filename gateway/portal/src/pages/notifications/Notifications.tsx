import { useState } from 'react';
import { Async } from '../../components/Async';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Problem } from '../../problem';
import { asProblem, useResource } from '../../useResource';
import { Check } from '../mentoring/controls';
import { Connection, liveFeed, mergeFeed, useLiveFeed } from './liveFeed';
import {
  Category,
  CATEGORY_WORDS,
  CategoryPreference,
  DeliveryMode,
  FeedItem,
  MODE_WORDS,
  notificationApi,
  portalPath,
} from './model';

const CONNECTION_WORDS: Record<Connection, string> = {
  connecting: 'Connecting to live updates…',
  live: 'Live: new notifications appear here as they happen.',
  closed: 'Live updates stopped.',
};

/** The person's feed, live over Server-Sent Events, with marking read, and how they hear about each kind of notice. */
export function Notifications() {
  return (
    <div className="grid notifications">
      <Feed />
      <Preferences />
    </div>
  );
}

function Feed() {
  const live = useLiveFeed();
  const [loaded, reload] = useResource(notificationApi.feed);
  const [readHere, setReadHere] = useState<Set<string>>(new Set());
  const [failure, setFailure] = useState<Problem>();
  const [unreadOnly, setUnreadOnly] = useState(false);

  const markRead = async (item: FeedItem) => {
    setFailure(undefined);
    try {
      await notificationApi.markRead(item.id);
      setReadHere((ids) => new Set(ids).add(item.id));
      liveFeed.refreshUnread();
    } catch (error) {
      setFailure(asProblem(error));
    }
  };

  const markAll = async (items: FeedItem[]) => {
    setFailure(undefined);
    try {
      await notificationApi.markAllRead();
      setReadHere((ids) => new Set([...ids, ...items.map((item) => item.id)]));
      liveFeed.refreshUnread();
    } catch (error) {
      setFailure(asProblem(error));
    }
  };

  return (
    <section className="card wide" aria-labelledby="feed-heading">
      <div className="card-head">
        <h2 id="feed-heading">
          Notifications{' '}
          {live.unread !== undefined && (
            <span className="badge unread-count" aria-label={`${live.unread} unread`}>
              {live.unread} unread
            </span>
          )}
        </h2>
      </div>
      <p className={`connection connection-${live.connection}`} role="status" aria-live="polite">
        <span className="dot" aria-hidden="true" /> {CONNECTION_WORDS[live.connection]}
        {live.connection === 'closed' && (
          <>
            {' '}
            <button type="button" className="secondary" onClick={liveFeed.reconnect}>
              Reconnect
            </button>
          </>
        )}
      </p>
      {failure && <ProblemMessage problem={failure} />}
      <Async resource={loaded} label="your notifications" onRetry={reload}>
        {(items) => {
          const all = mergeFeed(items, live.arrived, readHere);
          const shown = unreadOnly ? all.filter((item) => !item.read) : all;
          return (
            <>
              <div className="feed-tools">
                <Check label="Unread only" checked={unreadOnly} onChange={setUnreadOnly} />
                <button type="button" className="secondary" disabled={!all.some((item) => !item.read)} onClick={() => markAll(all)}>
                  Mark all read
                </button>
              </div>
              {shown.length === 0 ? (
                <p>{unreadOnly ? 'Nothing unread.' : 'No notifications yet.'}</p>
              ) : (
                <ol className="feed" aria-label="Your notifications, newest first">
                  {shown.map((item) => (
                    <FeedEntry key={item.id} item={item} onRead={() => markRead(item)} />
                  ))}
                </ol>
              )}
            </>
          );
        }}
      </Async>
    </section>
  );
}

function FeedEntry({ item, onRead }: { item: FeedItem; onRead: () => void }) {
  const path = portalPath(item.link, item.eventType);
  return (
    <li className={item.read ? 'feed-item' : 'feed-item unread'}>
      <div className="feed-line">
        <span className="feed-category">{CATEGORY_WORDS[item.category] ?? item.category}</span>
        <time dateTime={item.createdAt} className="muted">
          {new Date(item.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
      </div>
      <p className="feed-title">
        {!item.read && <span className="visually-hidden">Unread: </span>}
        {path ? (
          // Pages with a query (the match to show) load afresh: the app's in-page navigation keeps only the path.
          <a href={path} data-nav={path.includes('?') ? undefined : ''} onClick={item.read ? undefined : onRead}>
            {item.title}
          </a>
        ) : (
          item.title
        )}
      </p>
      {item.summary && <p className="feed-summary">{item.summary}</p>}
      {!item.read && (
        <button type="button" className="secondary" aria-label={`Mark read: ${item.title}`} onClick={onRead}>
          Mark read
        </button>
      )}
    </li>
  );
}

function Preferences() {
  const [preferences, reload] = useResource(notificationApi.preferences);
  const [chosen, setChosen] = useState<Partial<Record<Category, DeliveryMode>>>({});
  const [failure, setFailure] = useState<Problem>();
  const [status, setStatus] = useState('');

  const choose = async (preference: CategoryPreference, mode: DeliveryMode) => {
    setFailure(undefined);
    setStatus('Saving…');
    try {
      const saved = await notificationApi.choose(preference.category, mode);
      setChosen((modes) => ({ ...modes, [saved.category]: saved.mode }));
      setStatus(`Saved: ${CATEGORY_WORDS[saved.category]}, ${MODE_WORDS[saved.mode].toLowerCase()}.`);
    } catch (error) {
      setStatus('');
      setFailure(asProblem(error));
    }
  };

  return (
    <section className="card wide" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">How you hear about things</h2>
      <p className="muted">Everything appears in this feed. Choose, per kind, whether it also reaches you by email.</p>
      <p className="saved" role="status" aria-live="polite">
        {status}
      </p>
      {failure && <ProblemMessage problem={failure} />}
      <Async resource={preferences} label="your preferences" onRetry={reload}>
        {(list) => (
          <table>
            <caption className="visually-hidden">Notification preferences</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">In the portal</th>
                <th scope="col">Email</th>
              </tr>
            </thead>
            <tbody>
              {list.map((preference) => {
                const mode = chosen[preference.category] ?? preference.mode;
                const id = `mode-${preference.category}`;
                return (
                  <tr key={preference.category}>
                    <th scope="row">
                      <label htmlFor={id}>{CATEGORY_WORDS[preference.category] ?? preference.category}</label>
                    </th>
                    <td>Always</td>
                    <td>
                      <select id={id} value={mode} onChange={(event) => choose(preference, event.target.value as DeliveryMode)}>
                        {(Object.keys(MODE_WORDS) as DeliveryMode[]).map((value) => (
                          <option key={value} value={value} disabled={value === 'OFF' && !preference.canTurnOff}>
                            {MODE_WORDS[value]}
                          </option>
                        ))}
                      </select>
                      {!preference.canTurnOff && <p className="muted note">Cannot be turned off: the record of what happened.</p>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Async>
    </section>
  );
}
