import { call, postJson } from '../api';
import { Async } from '../components/Async';
import { ProblemMessage } from '../components/ProblemMessage';
import { Table, TableProps } from '../components/Table';
import { Problem } from '../problem';
import { Resource, useAction, useResource } from '../useResource';
import { label } from './Dashboard';

/** A card with a list the server answers, as a table, and the failure of the last action on one of its rows. */
function ListCard<T>({ id, title, resource, reload, failure, ...table }: {
  id: string;
  title: string;
  resource: Resource<T[]>;
  reload: () => void;
  failure?: Problem;
} & Omit<TableProps<T>, 'rows'>) {
  return (
    <section className="card wide" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {failure && <ProblemMessage problem={failure} />}
      <Async resource={resource} label={title.toLowerCase()} onRetry={reload}>
        {(rows) => <Table {...table} rows={rows} />}
      </Async>
    </section>
  );
}

interface Match {
  id: string;
  kind: string;
  status: string;
  score: number;
  mentee: { name: string; institution: string };
}

/** The mentor's inbox: proposals to answer, and the matches they are in. */
export function MentorInbox() {
  const [matches, reload] = useResource(() => call<Match[]>('/api/mentoring-match/matches'));
  const [failure, run] = useAction(reload);
  const accept = (id: string) => run(() => postJson(`/api/mentoring-match/matches/${encodeURIComponent(id)}/accept`, {}));
  return (
    <ListCard
      id="inbox-heading"
      title="Mentor inbox"
      resource={matches}
      reload={reload}
      failure={failure}
      caption="Mentoring matches"
      rowKey={(match) => match.id}
      empty="No proposals or matches yet."
      columns={[
        { header: 'Mentee', cell: (match) => `${match.mentee.name} (${match.mentee.institution})` },
        { header: 'Kind', cell: (match) => label(match.kind) },
        { header: 'Fit', cell: (match) => match.score },
        { header: 'Status', cell: (match) => label(match.status) },
        {
          header: 'Answer',
          cell: (match) =>
            match.status === 'PROPOSED' && (
              <button type="button" onClick={() => accept(match.id)}>
                Accept<span className="visually-hidden"> {match.mentee.name}</span>
              </button>
            ),
        },
      ]}
    />
  );
}

interface DossierSummary {
  id: string;
  candidateName: string;
  track: string;
  targetRank: string;
  status: string;
  viewer: string;
}

/** A committee member's dossiers: those they review or chair. */
export function AssignedDossiers() {
  const [dossiers, reload] = useResource(() => call<DossierSummary[]>('/api/promotion-review/dossiers'));
  return (
    <ListCard
      id="dossiers-heading"
      title="Assigned dossiers"
      resource={dossiers}
      reload={reload}
      caption="Dossiers"
      rowKey={(dossier) => dossier.id}
      empty="No dossiers are assigned to you."
      columns={[
        { header: 'Candidate', cell: (dossier) => dossier.candidateName },
        { header: 'Toward', cell: (dossier) => `${label(dossier.targetRank)}, ${label(dossier.track)}` },
        { header: 'Status', cell: (dossier) => label(dossier.status) },
        { header: 'Your part', cell: (dossier) => label(dossier.viewer) },
      ]}
    />
  );
}

interface ReadinessSummary {
  facultyId: string;
  track: string;
  targetRank: string;
  status: string;
  score: number;
  primaryGap: string | null;
}

/** An institution admin's overview: every faculty member's readiness and their main gap. */
export function InstitutionReadiness() {
  const [summaries, reload] = useResource(() => call<ReadinessSummary[]>('/api/promotion-review/admin/readiness'));
  return (
    <ListCard
      id="institution-heading"
      title="Institution readiness"
      resource={summaries}
      reload={reload}
      caption="Readiness by faculty member"
      rowKey={(row) => row.facultyId}
      empty="No readiness reports yet."
      columns={[
        { header: 'Faculty', cell: (row) => row.facultyId },
        { header: 'Toward', cell: (row) => `${label(row.targetRank)}, ${label(row.track)}` },
        { header: 'Score', cell: (row) => row.score },
        { header: 'Status', cell: (row) => label(row.status) },
        { header: 'Main gap', cell: (row) => row.primaryGap ?? '' },
      ]}
    />
  );
}
