/** The posting form: text as typed, checked like the job-posting service checks it, and turned into its request. */
import { EDUCATION_ROLES } from '../../vocabulary';

export const ROLE_TYPES = EDUCATION_ROLES;
export const WORKPLACES = ['ON_SITE', 'HYBRID', 'REMOTE'];
export const MISSION_TAGS = ['SAFETY_NET', 'VA', 'RURAL', 'UNDERSERVED'];
export const ANSWERS: Record<string, string> = {
  clinicalHalfDays: 'How many clinical half-days, really?',
  educationFteMeaning: 'What does the education FTE pay for?',
  scheduleControl: 'Who controls the schedule?',
  promotionAndSalary: 'How do promotion and salary work in this role?',
  lastPersonInRole: 'What happened to the last person in the role?',
};

export interface PostingView {
  id: string;
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED';
  title: string;
  roleType: string;
  roleLabel: string;
  specialty: string | null;
  department: string | null;
  description: string | null;
  location: { text: string; workplace: string };
  clinicalShare: { min: number; max: number };
  educationFte: number | null;
  protectedHoursPerWeek: number | null;
  clinicalHalfDaysPerWeek: number | null;
  compensation: { min: number; max: number; currency: string };
  nightsWeekends: boolean;
  missionTags: string[];
  answers: Record<string, string | null>;
  transparency: { score: number; outOf: number; missing: string[] };
  createdAt: string;
  publishedAt: string | null;
  closedAt: string | null;
}

export interface PostingForm {
  title: string;
  roleType: string;
  specialty: string;
  department: string;
  description: string;
  locationText: string;
  workplace: string;
  clinicalMin: string;
  clinicalMax: string;
  educationFte: string;
  protectedHoursPerWeek: string;
  clinicalHalfDaysPerWeek: string;
  payMin: string;
  payMax: string;
  currency: string;
  nightsWeekends: boolean;
  missionTags: string[];
  answers: Record<string, string>;
}

export const EMPTY_POSTING: PostingForm = {
  title: '',
  roleType: 'CLERKSHIP_DIRECTOR',
  specialty: '',
  department: '',
  description: '',
  locationText: '',
  workplace: 'ON_SITE',
  clinicalMin: '',
  clinicalMax: '',
  educationFte: '',
  protectedHoursPerWeek: '',
  clinicalHalfDaysPerWeek: '',
  payMin: '',
  payMax: '',
  currency: 'USD',
  nightsWeekends: false,
  missionTags: [],
  answers: Object.fromEntries(Object.keys(ANSWERS).map((key) => [key, ''])),
};

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** A draft's content back in the form, for editing. */
export function formOf(posting: PostingView): PostingForm {
  return {
    title: posting.title,
    roleType: posting.roleType,
    specialty: posting.specialty ?? '',
    department: posting.department ?? '',
    description: posting.description ?? '',
    locationText: posting.location.text,
    workplace: posting.location.workplace,
    clinicalMin: text(posting.clinicalShare.min),
    clinicalMax: text(posting.clinicalShare.max),
    educationFte: text(posting.educationFte),
    protectedHoursPerWeek: text(posting.protectedHoursPerWeek),
    clinicalHalfDaysPerWeek: text(posting.clinicalHalfDaysPerWeek),
    payMin: text(posting.compensation.min),
    payMax: text(posting.compensation.max),
    currency: posting.compensation.currency,
    nightsWeekends: posting.nightsWeekends,
    missionTags: posting.missionTags,
    answers: Object.fromEntries(Object.keys(ANSWERS).map((key) => [key, posting.answers?.[key] ?? ''])),
  };
}

function inRange(raw: string, min: number, max: number): boolean {
  const value = Number(raw);
  return raw.trim() !== '' && Number.isFinite(value) && value >= min && value <= max;
}

/** Problems by the field names the service's problem details use; empty when the form may be sent. */
export function validatePosting(form: PostingForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) {
    errors.title = 'Give the posting a title';
  } else if (form.title.length > 200) {
    errors.title = 'At most 200 characters';
  }
  if (!form.locationText.trim()) {
    errors['location.text'] = 'Say where the role is';
  }
  if (!inRange(form.clinicalMin, 0, 100)) {
    errors['clinicalShare.min'] = 'A percentage from 0 to 100';
  }
  if (!inRange(form.clinicalMax, 0, 100)) {
    errors['clinicalShare.max'] = 'A percentage from 0 to 100';
  } else if (!errors['clinicalShare.min'] && Number(form.clinicalMax) < Number(form.clinicalMin)) {
    errors['clinicalShare.max'] = 'Must not be below the minimum';
  }
  const optional: [keyof PostingForm, number, number, string][] = [
    ['educationFte', 0, 1, 'A share of one FTE, from 0 to 1'],
    ['protectedHoursPerWeek', 0, 80, 'Hours from 0 to 80'],
    ['clinicalHalfDaysPerWeek', 0, 10, 'Half-days from 0 to 10'],
  ];
  for (const [field, min, max, message] of optional) {
    const raw = form[field] as string;
    if (raw.trim() !== '' && !inRange(raw, min, max)) {
      errors[field] = message;
    }
  }
  if (!inRange(form.payMin, 0, Number.MAX_SAFE_INTEGER)) {
    errors['compensation.min'] = 'A yearly amount, 0 or more';
  }
  if (!inRange(form.payMax, 0, Number.MAX_SAFE_INTEGER)) {
    errors['compensation.max'] = 'A yearly amount, 0 or more';
  } else if (!errors['compensation.min'] && Number(form.payMax) < Number(form.payMin)) {
    errors['compensation.max'] = 'Must not be below the minimum';
  }
  if (!/^[A-Z]{3}$/.test(form.currency)) {
    errors['compensation.currency'] = 'A currency code such as USD';
  }
  return errors;
}

const optionalNumber = (raw: string) => (raw.trim() === '' ? null : Number(raw));
const optionalText = (raw: string) => (raw.trim() === '' ? null : raw.trim());

/** The body of POST (create) and PUT (revise) /api/job-posting/admin/postings. */
export function postingRequest(form: PostingForm): Record<string, unknown> {
  return {
    title: form.title.trim(),
    roleType: form.roleType,
    specialty: optionalText(form.specialty),
    department: optionalText(form.department),
    description: optionalText(form.description),
    location: { text: form.locationText.trim(), workplace: form.workplace },
    clinicalShare: { min: Number(form.clinicalMin), max: Number(form.clinicalMax) },
    educationFte: optionalNumber(form.educationFte),
    protectedHoursPerWeek: optionalNumber(form.protectedHoursPerWeek),
    clinicalHalfDaysPerWeek: optionalNumber(form.clinicalHalfDaysPerWeek),
    compensation: { min: Math.round(Number(form.payMin)), max: Math.round(Number(form.payMax)), currency: form.currency },
    nightsWeekends: form.nightsWeekends,
    missionTags: form.missionTags,
    answers: Object.fromEntries(Object.entries(form.answers).map(([key, value]) => [key, optionalText(value)])),
  };
}

/** The next stages an admin may move an applicant to (the service's ApplicationStage.adminMoves). */
export function adminMoves(stage: string): string[] {
  switch (stage) {
    case 'SUBMITTED':
      return ['UNDER_REVIEW', 'REJECTED'];
    case 'UNDER_REVIEW':
      return ['INTERVIEW', 'REJECTED'];
    case 'INTERVIEW':
      return ['OFFER', 'REJECTED'];
    default:
      return [];
  }
}
