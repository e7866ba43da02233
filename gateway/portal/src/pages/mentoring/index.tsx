import { call, postJson } from '../../api';
import { ComingSoon } from '../../components/ComingSoon';
import { ListCard } from '../../components/ListCard';
import { useAction, useResource } from '../../useResource';
import { label } from '../Dashboard';

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


/** Placeholder until this page is built. */
export function FindMentor() {
  return <ComingSoon title="Find a mentor" />;
}
