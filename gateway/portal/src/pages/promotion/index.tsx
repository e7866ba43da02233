import { call } from '../../api';
import { ComingSoon } from '../../components/ComingSoon';
import { ListCard } from '../../components/ListCard';
import { useResource } from '../../useResource';
import { label } from '../Dashboard';

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


/** Placeholder until this page is built. */
export function MyPromotion() {
  return <ComingSoon title="Promotion" />;
}
