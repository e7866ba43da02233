import { ListCard } from '../../components/ListCard';
import { Problem } from '../../problem';
import { Resource } from '../../useResource';
import { Alert, dateTime, describeFilter, ROLE_TYPES, SavedSearch } from './jobs';

/** The saved searches, each run again or deleted; deleting one stops its alerts. */
export function SavedSearches({ searches, reload, failure, onRun, onDelete }: {
  searches: Resource<SavedSearch[]>;
  reload: () => void;
  failure?: Problem;
  onRun: (search: SavedSearch) => void;
  onDelete: (search: SavedSearch) => void;
}) {
  return (
    <ListCard
      id="saved-searches-heading"
      title="Saved searches"
      resource={searches}
      reload={reload}
      failure={failure}
      caption="Your saved searches; each alerts you to new matching postings"
      rowKey={(search) => search.id}
      empty="No saved searches: search above, name it and save it to be alerted to new postings."
      columns={[
        {
          header: 'Search',
          cell: (search) => (
            <>
              <strong>{search.name}</strong>
              <br />
              <span className="muted">{describeFilter(search.filter)}</span>
            </>
          ),
        },
        {
          header: 'Actions',
          cell: (search) => (
            <span className="row-actions">
              <button type="button" className="secondary" onClick={() => onRun(search)} aria-label={`Run ${search.name}`}>
                Run
              </button>
              <button type="button" className="danger" onClick={() => onDelete(search)} aria-label={`Delete ${search.name}`}>
                Delete
              </button>
            </span>
          ),
        },
      ]}
    />
  );
}

/** What the saved searches caught: each new matching posting once, newest first. */
export function Alerts({ alerts, reload, onOpen }: {
  alerts: Resource<Alert[]>;
  reload: () => void;
  onOpen: (postingId: string) => void;
}) {
  return (
    <ListCard
      id="alerts-heading"
      title="Alerts"
      resource={alerts}
      reload={reload}
      actions={
        <button type="button" className="secondary" onClick={reload}>
          Check for new alerts
        </button>
      }
      caption="Postings your saved searches matched, newest first"
      rowKey={(alert) => alert.postingId}
      empty="No alerts yet. When a new posting matches one of your saved searches it appears here."
      columns={[
        {
          header: 'Posting',
          cell: (alert) => (
            <>
              <button type="button" className="link" onClick={() => onOpen(alert.postingId)}>
                {alert.postingTitle}
              </button>
              <br />
              <span className="muted">
                {ROLE_TYPES[alert.roleType] ?? alert.roleType} · {alert.postingInstitution}
              </span>
            </>
          ),
        },
        {
          header: 'Matched',
          cell: (alert) => (
            <>
              {alert.savedSearches.map((search) => search.name).join(', ')}
              <br />
              <span className="muted">{dateTime(alert.matchedAt)}</span>
            </>
          ),
        },
      ]}
    />
  );
}
