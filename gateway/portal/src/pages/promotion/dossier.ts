/**
 * The promotion-review dossier API as the portal reads it (services/promotion-review, DOSSIERS.md), and the pure
 * rules the pages draw from it: where a dossier stands, what the caller may do next, how its letters stand.
 */
import { RequirementResult } from '../../components/RequirementsChart';
import { ReadinessStatus } from '../../gauge';

export const API = '/api/promotion-review';
/** The page an external letter writer reaches from the invitation e-mail (notification's PortalLinks builds it). */
export const LETTER_UPLOAD_PATH = '/promotion/letters/upload';

export const TRACKS = ['CLINICIAN_EDUCATOR', 'RESEARCH', 'CLINICAL'] as const;
export const TARGET_RANKS = ['ASSISTANT', 'ASSOCIATE', 'FULL'] as const;
export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;
export const OUTCOMES = ['PROMOTED', 'NOT_PROMOTED', 'DEFERRED'] as const;

export type Status = 'OPEN' | 'SUBMITTED' | 'VOTE_CLOSED' | 'DECIDED';
export type Viewer = 'CANDIDATE' | 'CHAIR' | 'REVIEWER' | 'ADMIN';
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type LetterStatus = 'REQUESTED' | 'RECEIVED' | 'OVERDUE' | 'WITHDRAWN';

export interface DossierSummary {
  id: string;
  candidateName: string;
  track: string;
  targetRank: string;
  status: Status;
  viewer: Viewer;
  openedAt: string;
  submittedAt?: string | null;
}

export interface EvidenceLine {
  activityId: string;
  kind: string;
  title: string;
  occurredOn?: string | null;
  endedOn?: string | null;
  details?: Record<string, unknown>;
}

/** The candidate's own view: never reviewers, recusals, letters, votes or the tally (the API leaves them out). */
export interface CandidateView {
  id: string;
  viewer: 'CANDIDATE';
  track: string;
  targetRank: string;
  status: Status;
  chairName?: string | null;
  openedAt: string;
  submittedAt?: string | null;
  criteriaVersion?: number | null;
  readinessAtSubmission?: ReadinessStatus | null;
  evidence: EvidenceLine[];
  outcome?: Outcome | null;
  decidedAt?: string | null;
}

export interface Letter {
  id: string;
  writerName: string;
  writerEmail: string;
  deadline: string;
  status: LetterStatus;
  requestedAt: string;
  receivedAt?: string | null;
  conflict?: string | null;
  remindersSent: number[];
  text?: string | null;
}

export interface CommitteeView {
  id: string;
  viewer: Exclude<Viewer, 'CANDIDATE'>;
  candidateId: string;
  candidateName: string;
  track: string;
  targetRank: string;
  status: Status;
  chairId?: string | null;
  chairName?: string | null;
  openedAt: string;
  submittedAt?: string | null;
  snapshot?: {
    criteriaVersion: number;
    frozenAt: string;
    evidence: EvidenceLine[];
    readiness: { status: ReadinessStatus; score: number; requirements: RequirementResult[] };
  } | null;
  reviewers: { memberId: string; name: string; assignedAt: string; voted: boolean }[];
  recusals: { memberId: string; name: string; reason: 'DECLARED' | 'CO_AUTHORSHIP'; detail?: string | null; at: string }[];
  letters: Letter[];
  myVote?: VoteChoice | null;
  voteClosedAt?: string | null;
  tally?: Record<VoteChoice, number> | null;
  decision?: { outcome: Outcome; decidedBy: string; decidedAt: string } | null;
}

export type DossierView = CandidateView | CommitteeView;

export interface Member {
  userId: string;
  name: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string;
  action: string;
  detail?: string | null;
}

export interface TimelineStep {
  key: string;
  label: string;
  state: 'done' | 'current' | 'next';
  at?: string | null;
}

/** The dossier's road from opening to decision, each step done, current or still ahead, with its date when known. */
export function timeline(view: {
  status: Status;
  openedAt: string;
  submittedAt?: string | null;
  voteClosedAt?: string | null;
  decidedAt?: string | null;
}): TimelineStep[] {
  const order: Status[] = ['OPEN', 'SUBMITTED', 'VOTE_CLOSED', 'DECIDED'];
  const reached = order.indexOf(view.status);
  const steps = [
    { key: 'opened', label: 'Opened', at: view.openedAt },
    { key: 'submitted', label: 'Submitted', at: view.submittedAt },
    { key: 'review', label: 'Committee review and vote', at: undefined },
    { key: 'closed', label: 'Vote closed', at: view.voteClosedAt },
    { key: 'decided', label: 'Decision', at: view.decidedAt },
  ];
  // Index of the step being worked on now; a decided dossier has every step done.
  const current = [1, 2, 4, 5][reached];
  return steps.map((step, index) => ({
    ...step,
    state: index < current ? 'done' : index === current ? 'current' : 'next',
  }));
}

/** The candidate's dossier to show: the undecided one (there is at most one), else the latest decided. */
export function currentDossier(mine: DossierSummary[]): DossierSummary | undefined {
  const own = mine.filter((d) => d.viewer === 'CANDIDATE');
  return own.find((d) => d.status !== 'DECIDED') ?? [...own].sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
}

export interface Abilities {
  isReviewer: boolean;
  isChair: boolean;
  vote: boolean;
  recuse: boolean;
  assign: boolean;
  requestLetters: boolean;
  closeVote: boolean;
  decide: boolean;
}

/** What the caller may do with a dossier now, by the API's rules; the server checks them again. */
export function abilities(view: CommitteeView, me: string): Abilities {
  const isChair = view.viewer === 'CHAIR';
  const isReviewer = view.reviewers.some((r) => r.memberId === me);
  const open = view.status === 'SUBMITTED';
  const votes = view.reviewers.filter((r) => r.voted).length;
  return {
    isReviewer,
    isChair,
    vote: open && isReviewer && !view.myVote,
    // The chair cannot be recused, and a vote once cast is final.
    recuse: view.status !== 'DECIDED' && isReviewer && !isChair && !view.myVote,
    assign: open && isChair,
    requestLetters: open && isChair,
    closeVote: open && isChair && votes > 0,
    decide: view.status === 'VOTE_CLOSED' && isChair,
  };
}

export type LetterCounts = Record<LetterStatus, number>;

export function letterCounts(letters: Letter[]): LetterCounts {
  const counts: LetterCounts = { REQUESTED: 0, RECEIVED: 0, OVERDUE: 0, WITHDRAWN: 0 };
  letters.forEach((letter) => (counts[letter.status] += 1));
  return counts;
}

/** The roster members the chair may still assign: not yet a reviewer, not recused, never the candidate. */
export function assignable(roster: Member[], view: CommitteeView): Member[] {
  const taken = new Set([...view.reviewers.map((r) => r.memberId), ...view.recusals.map((r) => r.memberId)]);
  return roster.filter((m) => m.userId !== view.candidateId && !taken.has(m.userId));
}

/** A deadline picked as a date means the end of that day where the chair is, sent as an instant. */
export function deadlineOf(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return undefined;
  }
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 0);
  return Number.isNaN(end.getTime()) ? undefined : end.toISOString();
}

/** The form's own checks before a letter request is sent; the server's field errors come back the same way. */
export function letterRequestErrors(request: { writerName: string; writerEmail: string; deadline: string }, now = new Date()) {
  const errors: Record<string, string> = {};
  if (!request.writerName.trim()) {
    errors.writerName = "Give the writer's name";
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(request.writerEmail.trim())) {
    errors.writerEmail = 'Give an e-mail address the invitation can reach';
  }
  const deadline = deadlineOf(request.deadline);
  if (!deadline) {
    errors.deadline = 'Pick the deadline';
  } else if (new Date(deadline) <= now) {
    errors.deadline = 'The deadline must be in the future';
  }
  return errors;
}

/** The upload token from the e-mailed link; the same alphabet and length the API accepts. */
export function uploadTokenOf(search: string): string | undefined {
  const token = new URLSearchParams(search).get('token')?.trim();
  return token && /^[A-Za-z0-9_-]{32,128}$/.test(token) ? token : undefined;
}

export function when(instant: string | null | undefined): string {
  return instant ? new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

export function day(date: string | null | undefined): string {
  return date ? new Date(date.length === 10 ? `${date}T00:00:00` : date).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '';
}
