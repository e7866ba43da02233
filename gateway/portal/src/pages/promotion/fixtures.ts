import { CommitteeView } from './dossier';

/** A submitted dossier as an assigned reviewer ("me") reads it, for the tests to vary. */
export function committeeView(overrides: Partial<CommitteeView> = {}): CommitteeView {
  return {
    id: 'd1',
    viewer: 'REVIEWER',
    candidateId: 'cand',
    candidateName: 'Nora Whitfield',
    track: 'CLINICIAN_EDUCATOR',
    targetRank: 'ASSOCIATE',
    status: 'SUBMITTED',
    chairId: 'chair',
    chairName: 'Clara Lindqvist',
    openedAt: '2026-11-20T10:00:00Z',
    submittedAt: '2026-11-21T10:00:00Z',
    snapshot: {
      criteriaVersion: 3,
      frozenAt: '2026-11-21T10:00:00Z',
      evidence: [],
      readiness: { status: 'READY', score: 81, requirements: [] },
    },
    reviewers: [{ memberId: 'me', name: 'Priya', assignedAt: '2026-11-21T11:00:00Z', voted: false }],
    recusals: [],
    letters: [],
    myVote: null,
    voteClosedAt: null,
    tally: null,
    decision: null,
    ...overrides,
  };
}
