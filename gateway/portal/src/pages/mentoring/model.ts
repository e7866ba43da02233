import { call, postJson } from '../../api';
import { EDUCATION_ROLES } from '../../vocabulary';

/** What a mentee may ask for, as mentoring-match's RequestKind names it. */
export const KINDS = ['ADVICE_CONVERSATION', 'LONG_TERM', 'PROMOTION_COACHING', 'SPONSORSHIP'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_WORDS: Record<Kind, string> = {
  ADVICE_CONVERSATION: 'A 20-minute advice conversation',
  LONG_TERM: 'A long-term mentorship',
  PROMOTION_COACHING: 'Promotion and dossier coaching',
  SPONSORSHIP: 'Sponsorship',
};

export { EDUCATION_ROLES };

export const RANKS = ['INSTRUCTOR', 'ASSISTANT_PROFESSOR', 'ASSOCIATE_PROFESSOR', 'PROFESSOR'];

export interface Prep {
  done: string;
  directions: string[];
  ask: string;
}

export type RequestStatus = 'OPEN' | 'PROPOSED' | 'MATCHED';

export interface MentoringRequest {
  id: string;
  kind: Kind;
  prep?: Prep | null;
  note?: string | null;
  openToExternal: boolean;
  status: RequestStatus;
  currentMatchId?: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One factor of a compatibility score, with its reason in words. */
export interface Factor {
  name: string;
  points: number;
  reason: string;
}

export interface Suggestion {
  mentorId: string;
  name: string;
  institution: string;
  external: boolean;
  roles: string[];
  rank?: string | null;
  niches: string[];
  score: number;
  factors: Factor[];
}

export type MatchStatus = 'PROPOSED' | 'INFO_REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'ENDED';

export interface Party {
  name?: string | null;
  institution: string;
}

export interface Match {
  id: string;
  requestId: string;
  kind: Kind;
  status: MatchStatus;
  score: number;
  reasons: Factor[];
  origin?: string | null;
  mentee: Party;
  mentor: Party;
  prep?: Prep | null;
  proposedAt: string;
  deadline: string;
  decidedAt?: string | null;
  declineReason?: string | null;
  question?: string | null;
  answer?: string | null;
  conversation?: { start: string; end: string; icalendar: string } | null;
  endedAt?: string | null;
  endReason?: string | null;
}

export interface MentorProfile {
  id: string;
  institution: string;
  name?: string | null;
  roles: string[];
  rank?: string | null;
  niches: string[];
  capacity: number;
  activeMentees: number;
  availability: { start: string; end: string }[];
  acceptedKinds: Kind[];
  acceptsExternal: boolean;
  paused: boolean;
}

/** What PUT /mentors/me takes: every field a mentor may set. */
export interface MentorProfileForm {
  roles: string[];
  rank: string | null;
  niches: string[];
  capacity: number;
  availability: { start: string; end: string }[];
  acceptedKinds: Kind[];
  acceptsExternal: boolean;
}

const BASE = '/api/mentoring-match';
const segment = encodeURIComponent;

export const mentoringApi = {
  requests: () => call<MentoringRequest[]>(`${BASE}/requests`),
  createRequest: (body: { kind: Kind; prep?: Prep; note?: string; openToExternal: boolean }) =>
    postJson<MentoringRequest>(`${BASE}/requests`, body),
  suggestions: (requestId: string) => call<Suggestion[]>(`${BASE}/requests/${segment(requestId)}/suggestions`),
  propose: (requestId: string, mentorId: string) =>
    postJson<Match>(`${BASE}/requests/${segment(requestId)}/proposals`, { mentorId }),
  matches: () => call<Match[]>(`${BASE}/matches`),
  accept: (matchId: string) => postJson<Match>(`${BASE}/matches/${segment(matchId)}/accept`, {}),
  decline: (matchId: string, reason: string) =>
    postJson<Match>(`${BASE}/matches/${segment(matchId)}/decline`, { reason }),
  askForInformation: (matchId: string, question: string) =>
    postJson<Match>(`${BASE}/matches/${segment(matchId)}/information-requests`, { question }),
  answer: (matchId: string, answer: string) => postJson<Match>(`${BASE}/matches/${segment(matchId)}/answer`, { answer }),
  mentorProfile: () => call<MentorProfile>(`${BASE}/mentors/me`),
  saveMentorProfile: (form: MentorProfileForm) => postJson<MentorProfile>(`${BASE}/mentors/me`, form, 'PUT'),
  pause: () => postJson<MentorProfile>(`${BASE}/mentors/me/pause`, {}),
  resume: () => postJson<MentorProfile>(`${BASE}/mentors/me/resume`, {}),
};
