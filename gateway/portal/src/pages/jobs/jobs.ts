/** The job board as job-posting answers it, and the small decisions the pages make about it. */
import { EDUCATION_ROLE_LABELS } from '../../vocabulary';

export const ROLE_TYPES = EDUCATION_ROLE_LABELS;

export const MISSIONS: Record<string, string> = {
  SAFETY_NET: 'Safety-net hospital',
  VA: 'VA',
  RURAL: 'Rural',
  UNDERSERVED: 'Underserved communities',
};

export const TRAINING: Record<string, string> = {
  CERTIFICATE: 'Certificate',
  FACULTY_DEVELOPMENT_SERIES: 'Faculty development series',
  MASTERS: "Master's",
  FELLOWSHIP: 'Fellowship',
};

/** The five questions a candidate must ask before signing, in the words the portal asks them. */
export const QUESTIONS: Record<string, string> = {
  clinicalHalfDays: 'How many clinical half-days a week?',
  educationFteMeaning: 'What does the education FTE mean in hours and duties?',
  scheduleControl: 'Who controls the schedule; can clinics be added unilaterally?',
  promotionAndSalary: 'How is education work recognized for promotion and salary?',
  lastPersonInRole: 'What happened to the last person in the role?',
};

/** The questions a candidate may insist a posting answers, in the few words a filter needs. */
export const ANSWER_FILTERS: Record<string, string> = {
  promotionAndSalary: 'documented promotion path',
  scheduleControl: 'who controls the schedule',
  clinicalHalfDays: 'clinical half-days',
  educationFteMeaning: 'what the education FTE means',
  lastPersonInRole: 'what happened to the last person',
};

export interface PostingFilter {
  roleType?: string;
  clinicalShareAtMost?: number;
  minimumPay?: number;
  noNightsWeekends?: boolean;
  mission?: string;
  location?: string;
  training?: string[];
  protectedHoursAtLeast?: number;
  /** Questions (QUESTIONS' keys) the posting must answer: a documented promotion path, who controls the schedule. */
  answered?: string[];
}

export interface PercentRange {
  min: number;
  max: number;
}

export interface PayRange {
  min: number;
  max: number;
  currency: string;
}

export interface Transparency {
  score: number;
  outOf: number;
  answered: string[];
  missing: string[];
}

export interface Posting {
  id: string;
  institution: string;
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  title: string;
  roleType: string;
  roleLabel: string;
  specialty?: string;
  department?: string;
  description?: string;
  location: { text: string; workplace: string };
  clinicalShare: PercentRange;
  educationFte?: number;
  protectedHoursPerWeek?: number;
  clinicalHalfDaysPerWeek?: number;
  compensation: PayRange;
  nightsWeekends: boolean;
  training: { required: string[]; preferred: string[] };
  missionTags: string[];
  answers: Record<string, string | null>;
  transparency: Transparency;
  clinicalTime: { typical?: PercentRange | null; thisRole: PercentRange; summary: string };
  publishedAt?: string;
  closedAt?: string;
}

export interface RankedPosting {
  rank: number;
  fit: { score: number; reasons: string[] };
  posting: Posting;
}

export interface RankedPage {
  profileKnown: boolean;
  results: { items: RankedPosting[]; page: number; size: number; total: number };
}

export interface SavedSearch {
  id: string;
  name: string;
  filter: Nullable<PostingFilter>;
  createdAt: string;
}

export interface Alert {
  postingId: string;
  postingInstitution: string;
  postingTitle: string;
  roleType: string;
  savedSearches: { id: string; name: string }[];
  matchedAt: string;
}

export type Stage = 'SUBMITTED' | 'UNDER_REVIEW' | 'INTERVIEW' | 'OFFER' | 'REJECTED' | 'WITHDRAWN';

export interface Application {
  id: string;
  postingId: string;
  postingInstitution: string;
  postingTitle: string;
  roleType: string;
  stage: Stage;
  cvSnapshotId: string;
  submittedAt: string;
  updatedAt: string;
}

export interface CvSnapshot {
  id: string;
  createdAt: string;
  bytes: number;
}

export const API = {
  ranked: '/api/job-posting/me/ranked-postings',
  posting: (id: string) => `/api/job-posting/postings/${encodeURIComponent(id)}`,
  savedSearches: '/api/job-posting/me/saved-searches',
  savedSearch: (id: string) => `/api/job-posting/me/saved-searches/${encodeURIComponent(id)}`,
  alerts: '/api/job-posting/me/alerts',
  applications: '/api/job-posting/me/applications',
  withdraw: (id: string) => `/api/job-posting/me/applications/${encodeURIComponent(id)}/withdraw`,
  cvSnapshots: '/api/portfolio/exports/cv-snapshots',
  cvSnapshot: (id: string) => `/api/portfolio/exports/cv-snapshots/${encodeURIComponent(id)}/cv.pdf`,
};

const given = (value: number | null | undefined): value is number => typeof value === 'number' && !Number.isNaN(value);

/**
 * The filter without its empty fields: what a saved search stores and what the query string carries. The API
 * answers a saved search's filter with every field, the unset ones null.
 */
export function cleanFilter(filter: Nullable<PostingFilter>): PostingFilter {
  const clean: PostingFilter = {};
  if (filter.roleType) clean.roleType = filter.roleType;
  if (given(filter.clinicalShareAtMost)) clean.clinicalShareAtMost = filter.clinicalShareAtMost;
  if (given(filter.minimumPay)) clean.minimumPay = filter.minimumPay;
  if (filter.noNightsWeekends) clean.noNightsWeekends = true;
  if (filter.mission) clean.mission = filter.mission;
  if (filter.location?.trim()) clean.location = filter.location.trim();
  if (filter.training && filter.training.length > 0) clean.training = [...filter.training];
  if (given(filter.protectedHoursAtLeast)) clean.protectedHoursAtLeast = filter.protectedHoursAtLeast;
  if (filter.answered && filter.answered.length > 0) clean.answered = [...filter.answered];
  return clean;
}

type Nullable<T> = { [K in keyof T]?: T[K] | null };

/** The ranked board's query: the filter's fields, training repeated, and the private minimum income if given. */
export function searchQuery(filter: PostingFilter, minimumIncome?: number, page = 0, size = 20): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(cleanFilter(filter))) {
    if (Array.isArray(value)) {
      value.forEach((item) => params.append(name, item));
    } else {
      params.set(name, String(value));
    }
  }
  if (minimumIncome !== undefined && !Number.isNaN(minimumIncome)) {
    params.set('minimumIncome', String(minimumIncome));
  }
  params.set('page', String(page));
  params.set('size', String(size));
  return params.toString();
}

/** A saved search's filter in words, for the list of saved searches. */
export function describeFilter(filter: Nullable<PostingFilter>): string {
  const clean = cleanFilter(filter);
  const parts: string[] = [];
  if (clean.roleType) parts.push(ROLE_TYPES[clean.roleType] ?? clean.roleType);
  if (clean.clinicalShareAtMost !== undefined) parts.push(`clinical ≤ ${clean.clinicalShareAtMost}%`);
  if (clean.protectedHoursAtLeast !== undefined) parts.push(`≥ ${clean.protectedHoursAtLeast} protected h/week`);
  if (clean.minimumPay !== undefined) parts.push(`pay reaching ${money(clean.minimumPay)}`);
  if (clean.noNightsWeekends) parts.push('no nights or weekends');
  if (clean.mission) parts.push(MISSIONS[clean.mission] ?? clean.mission);
  if (clean.location) parts.push(`in “${clean.location}”`);
  if (clean.training) parts.push(`holding ${clean.training.map((kind) => TRAINING[kind] ?? kind).join(', ')}`);
  if (clean.answered) parts.push(`answers: ${clean.answered.map((key) => ANSWER_FILTERS[key] ?? key).join(', ')}`);
  return parts.length === 0 ? 'every posting' : parts.join(' · ');
}

export function money(amount: number, currency = 'USD'): string {
  return `${amount.toLocaleString('en-US')} ${currency}`;
}

export function percentRange(range: PercentRange): string {
  return range.min === range.max ? `${range.min}%` : `${range.min}–${range.max}%`;
}

export type Comparison = 'below' | 'within' | 'above' | 'straddles' | 'unknown';

/** Where this role's clinical time sits against the typical range for its role type. */
export function compareToTypical(thisRole: PercentRange, typical?: PercentRange | null): Comparison {
  if (!typical) return 'unknown';
  if (thisRole.max < typical.min) return 'below';
  if (thisRole.min > typical.max) return 'above';
  if (thisRole.min >= typical.min && thisRole.max <= typical.max) return 'within';
  return 'straddles';
}

export const COMPARISON_TEXT: Record<Comparison, string> = {
  below: 'less clinical time than is typical for this role',
  within: 'within the typical clinical time for this role',
  above: 'more clinical time than is typical for this role',
  straddles: 'partly outside the typical clinical time for this role',
  unknown: 'no typical clinical time on record for this role',
};

export type TransparencyLevel = 'open' | 'partial' | 'opaque';

/** Four or five answers is open; two or three partial; fewer leaves most questions for the interview. */
export function transparencyLevel(transparency: Transparency): TransparencyLevel {
  if (transparency.score >= 4) return 'open';
  if (transparency.score >= 2) return 'partial';
  return 'opaque';
}

export const STAGES: Stage[] = ['SUBMITTED', 'UNDER_REVIEW', 'INTERVIEW', 'OFFER'];

export const STAGE_TEXT: Record<Stage, string> = {
  SUBMITTED: 'Submitted',
  UNDER_REVIEW: 'Under review',
  INTERVIEW: 'Interview',
  OFFER: 'Offer',
  REJECTED: 'Not selected',
  WITHDRAWN: 'Withdrawn',
};

/** The candidate may withdraw from any open stage (after an offer, withdrawing declines it). */
export function canWithdraw(stage: Stage): boolean {
  return stage !== 'REJECTED' && stage !== 'WITHDRAWN';
}

/** How far along the hiring path an application is: the index among STAGES, or -1 once it has ended elsewhere. */
export function stageStep(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** How many of the ranker's criteria a fit score weighed: the others say they were "not weighed". */
export function weighed(reasons: string[]): number {
  return reasons.filter((reason) => !reason.endsWith('not weighed')).length;
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
}
