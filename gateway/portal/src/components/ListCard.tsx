import { ReactNode } from 'react';
import { Async } from './Async';
import { ProblemMessage } from './ProblemMessage';
import { Table, TableProps } from './Table';
import { Problem } from '../problem';
import { Resource } from '../useResource';

/**
 * A card with a list the server answers, as a table, and the failure of the last action on one of its rows;
 * `actions` (a refresh button, say) sit beside the heading.
 */
export function ListCard<T>({ id, title, resource, reload, failure, actions, ...table }: {
  id: string;
  title: string;
  resource: Resource<T[]>;
  reload: () => void;
  failure?: Problem;
  actions?: ReactNode;
} & Omit<TableProps<T>, 'rows'>) {
  return (
    <section className="card wide" aria-labelledby={id}>
      {actions ? (
        <div className="card-heading">
          <h2 id={id}>{title}</h2>
          {actions}
        </div>
      ) : (
        <h2 id={id}>{title}</h2>
      )}
      {failure && <ProblemMessage problem={failure} />}
      <Async resource={resource} label={title.toLowerCase()} onRetry={reload}>
        {(rows) => <Table {...table} rows={rows} />}
      </Async>
    </section>
  );
}

