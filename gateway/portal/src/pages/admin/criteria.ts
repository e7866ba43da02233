import { LEADERSHIP_ROLES } from '../../vocabulary';
/** The criteria editor's model: the admin API's shapes, and the pure edits the editor makes on a draft. */

export const TRACKS = ['CLINICIAN_EDUCATOR', 'RESEARCH', 'CLINICAL'] as const;
export const TARGET_RANKS = ['ASSISTANT', 'ASSOCIATE', 'FULL'] as const;
export const REQUIREMENT_TYPES = [
  'EVIDENCE_COUNT',
  'SUSTAINED_TEACHING',
  'LEADERSHIP_ROLES',
  'NATIONAL_PRESENCE',
  'EXTERNAL_LETTERS',
] as const;
export const EVIDENCE_KINDS = ['TEACHING', 'CURRICULUM', 'SCHOLARSHIP', 'LEADERSHIP', 'MENTORING'];
export const SCHOLARSHIP_TYPES = [
  'PEER_REVIEWED_ARTICLE',
  'MEDEDPORTAL_PUBLICATION',
  'SIMULATION_CURRICULUM',
  'ASSESSMENT_TOOL',
  'PROGRAM_EVALUATION',
  'QUALITATIVE_STUDY',
  'POSTER',
  'WORKSHOP',
  'INVITED_TALK',
];
export const VENUE_LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL'];
export { LEADERSHIP_ROLES };

export interface RequirementDraft {
  id: string;
  type: string;
  labelOne: string;
  labelMany: string;
  importance: number | null;
  atLeast: number | null;
  atLeastFirstOrSenior: number | null;
  kinds: string[];
  scholarshipTypes: string[];
  peerReviewedOnly: boolean | null;
  minimumVenue: string | null;
  onNiche: boolean | null;
  leadershipRoles: string[];
}

export type Weights = Record<string, number | null>;
export type Thresholds = Record<string, number | null>;

export interface CriteriaBody {
  requirements: RequirementDraft[];
  weights: Weights;
  thresholds: Thresholds;
}

export interface CriteriaView {
  track: string;
  targetRank: string;
  version: number;
  source: 'DEFAULT' | 'ADMIN';
  publishedAt: string | null;
  publishedBy: string | null;
  criteria: CriteriaBody;
}

export interface Preview {
  track: string;
  targetRank: string;
  currentVersion: number | null;
  proposedVersion: number;
  candidates: number;
  wouldChangeStatus: number;
  transitions: { from: string; to: string; candidates: number }[];
}

/** The words next to each weight and threshold (the service's names, DOMAIN.md's meaning). */
export const WEIGHT_LABELS: Record<string, string> = {
  coherentSeries: 'Coherent series of education products',
  nationalWorkshopFaculty: 'National workshop faculty',
  highQualityPaper: 'High-quality paper',
  majorDirectorRole: 'Major director role',
  lecturesWithStrongEvaluations: 'Lectures with strong evaluations',
  teachingAward: 'Teaching award',
};

export const THRESHOLD_LABELS: Record<string, string> = {
  readyFloor: 'Lowest "ready" score',
  borderlineFloor: 'Lowest "borderline" score',
  borderlineShortfall: 'Borderline when short by at most (items)',
  coverageSharePercent: 'Share of score from requirement coverage (%)',
  supportingSignalPercent: 'Each further signal counts (% of previous)',
  teachingHalfHours: 'Teaching hours that halve what more teaching adds',
  strongEvaluationPercent: 'Strong evaluation at (% of scale)',
  coherentSeriesSize: 'Products that make a coherent series',
  nationalWorkshopYears: 'Years of national workshops for full weight',
};

/** A fresh requirement of a type, with only the fields that type accepts (the service rejects the others). */
export function newRequirement(type: string, existing: RequirementDraft[]): RequirementDraft {
  const base = type.toLowerCase().replaceAll('_', '-');
  let id = base;
  for (let n = 2; existing.some((requirement) => requirement.id === id); n++) {
    id = `${base}-${n}`;
  }
  return {
    id,
    type,
    labelOne: '',
    labelMany: '',
    importance: 10,
    atLeast: 1,
    atLeastFirstOrSenior: null,
    kinds: type === 'EVIDENCE_COUNT' ? ['SCHOLARSHIP'] : [],
    scholarshipTypes: [],
    peerReviewedOnly: null,
    minimumVenue: null,
    onNiche: null,
    leadershipRoles: type === 'LEADERSHIP_ROLES' ? ['COURSE_DIRECTOR'] : [],
  };
}

/** Scholarship conditions and authorship apply only when the requirement counts scholarship alone. */
export function scholarshipOnly(requirement: RequirementDraft): boolean {
  return requirement.type === 'EVIDENCE_COUNT' && requirement.kinds.length === 1 && requirement.kinds[0] === 'SCHOLARSHIP';
}

export function leadershipOnly(requirement: RequirementDraft): boolean {
  return requirement.type === 'EVIDENCE_COUNT' && requirement.kinds.length === 1 && requirement.kinds[0] === 'LEADERSHIP';
}

/**
 * The body to send: what the form shows, with the conditions a kinds change left behind dropped (the service would
 * reject them as not applying, although the admin can no longer see them).
 */
export function criteriaRequest(body: CriteriaBody): CriteriaBody {
  return {
    ...body,
    requirements: body.requirements.map((requirement) => {
      if (requirement.type !== 'EVIDENCE_COUNT') {
        return requirement;
      }
      const scholarship = scholarshipOnly(requirement);
      return {
        ...requirement,
        scholarshipTypes: scholarship ? requirement.scholarshipTypes : [],
        peerReviewedOnly: scholarship ? requirement.peerReviewedOnly : null,
        minimumVenue: scholarship ? requirement.minimumVenue : null,
        atLeastFirstOrSenior: scholarship ? requirement.atLeastFirstOrSenior : null,
        leadershipRoles: leadershipOnly(requirement) ? requirement.leadershipRoles : [],
      };
    }),
  };
}

/** Checks that mirror the service's, so the commonest mistakes are named before a round trip. */
export function validateCriteria(body: CriteriaBody): Record<string, string> {
  const errors: Record<string, string> = {};
  if (body.requirements.length === 0) {
    errors.requirements = 'At least one requirement is needed';
  }
  const seen = new Map<string, number>();
  body.requirements.forEach((requirement, i) => {
    const path = `requirements[${i}]`;
    if (!requirement.id.trim()) {
      errors[`${path}.id`] = 'Give the requirement an id';
    } else if (seen.has(requirement.id)) {
      errors[`${path}.id`] = `Same id as requirement ${seen.get(requirement.id)! + 1}`;
    } else {
      seen.set(requirement.id, i);
    }
    if (!requirement.labelOne.trim()) {
      errors[`${path}.labelOne`] = 'Say what one item is called';
    }
    if (!requirement.labelMany.trim()) {
      errors[`${path}.labelMany`] = 'Say what several items are called';
    }
    if (requirement.importance === null || requirement.importance < 0 || requirement.importance > 100) {
      errors[`${path}.importance`] = 'From 0 to 100';
    }
    if (requirement.atLeast === null || requirement.atLeast < 1) {
      errors[`${path}.atLeast`] = 'At least 1 (remove a requirement you no longer want)';
    }
    const firstOrSenior = requirement.atLeastFirstOrSenior;
    if (firstOrSenior !== null && requirement.atLeast !== null && firstOrSenior > requirement.atLeast) {
      errors[`${path}.atLeastFirstOrSenior`] = `Cannot exceed the target (${requirement.atLeast})`;
    }
    if (requirement.type === 'EVIDENCE_COUNT' && requirement.kinds.length === 0) {
      errors[`${path}.kinds`] = 'Choose at least one kind of evidence';
    }
    if (requirement.type === 'LEADERSHIP_ROLES' && requirement.leadershipRoles.length === 0) {
      errors[`${path}.leadershipRoles`] = 'Choose at least one role';
    }
  });
  const ready = body.thresholds.readyFloor;
  const borderline = body.thresholds.borderlineFloor;
  if (ready !== null && borderline !== null && borderline >= ready) {
    errors['thresholds.borderlineFloor'] = `Must be below the "ready" score (${ready})`;
  }
  return errors;
}

/** Each requirement's share of the coverage score, in percent of the total importance (letters included). */
export function importanceShares(requirements: RequirementDraft[]): { id: string; label: string; share: number }[] {
  const total = requirements.reduce((sum, requirement) => sum + Math.max(requirement.importance ?? 0, 0), 0);
  return requirements.map((requirement) => ({
    id: requirement.id,
    label: requirement.labelMany || requirement.id,
    share: total === 0 ? 0 : (100 * Math.max(requirement.importance ?? 0, 0)) / total,
  }));
}

/** A number input's text as the API's nullable integer: blank is "not given". */
export function numberOrNull(text: string): number | null {
  if (text.trim() === '') {
    return null;
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function toggle(values: string[], value: string, on: boolean): string[] {
  return on ? (values.includes(value) ? values : [...values, value]) : values.filter((v) => v !== value);
}

/** How a preview reads in a sentence, for the live region. */
export function previewSummary(preview: Preview): string {
  const who = preview.candidates === 1 ? '1 faculty member' : `${preview.candidates} faculty members`;
  if (preview.candidates === 0) {
    return 'No faculty member is on this track toward this rank yet: publishing changes no one\u2019s status.';
  }
  if (preview.wouldChangeStatus === 0) {
    return `Of ${who} assessed, none would change status.`;
  }
  return `Of ${who} assessed, ${preview.wouldChangeStatus} would change status.`;
}
