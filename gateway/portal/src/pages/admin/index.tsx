import { call } from '../../api';
import { ComingSoon } from '../../components/ComingSoon';
import { ListCard } from '../../components/ListCard';
import { useResource } from '../../useResource';
import { label } from '../Dashboard';

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

/** Placeholder until this page is built. */
export function CriteriaEditor() {
  return <ComingSoon title="Criteria" />;
}

/** Placeholder until this page is built. */
export function MentoringRound() {
  return <ComingSoon title="Mentoring round" />;
}

/** Placeholder until this page is built. */
export function Postings() {
  return <ComingSoon title="Postings" />;
}

/** Placeholder until this page is built. */
export function Reports() {
  return <ComingSoon title="Reports" />;
}

/** Placeholder until this page is built. */
export function Members() {
  return <ComingSoon title="Members" />;
}
