import { call } from '../../api';
import { ListCard } from '../../components/ListCard';
import { useResource } from '../../useResource';
import { label } from '../Dashboard';
import { ReadinessSummary } from './reports';
import './admin.css';

export { CriteriaEditor } from './CriteriaEditor';
export { MentoringRound } from './MentoringRound';
export { Postings } from './Postings';
export { Reports } from './Reports';
export { Members } from './Members';

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
