/** Client-side checks that mirror the services' own, so a form names its problems before a round trip. */

export type Kind = 'TEACHING' | 'LEADERSHIP' | 'AWARD';

export interface ActivityForm {
  kind: Kind;
  title: string;
  occurredOn: string;
  hours: string;
  learnerLevel: string;
  learnerCount: string;
  role: string;
  scope: string;
  level: string;
  awardKind: string;
  awardedBy: string;
}

export const EMPTY_ACTIVITY: ActivityForm = {
  kind: 'TEACHING',
  title: '',
  occurredOn: '',
  hours: '',
  learnerLevel: 'MEDICAL_STUDENT',
  learnerCount: '',
  role: 'COURSE_DIRECTOR',
  scope: '',
  level: 'LOCAL',
  awardKind: 'INSTITUTIONAL_TEACHING',
  awardedBy: '',
};

/** Problems by field name (the names the service's problem details use); empty when the form may be sent. */
export function validateActivity(form: ActivityForm, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!form.title.trim()) {
    errors.title = 'Give the activity a title';
  } else if (form.title.length > 300) {
    errors.title = 'At most 300 characters';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.occurredOn)) {
    errors.occurredOn = 'Give the date it took place';
  } else if (form.occurredOn > today) {
    errors.occurredOn = 'Cannot be in the future';
  }
  if (form.kind === 'TEACHING') {
    const hours = Number(form.hours);
    if (form.hours.trim() === '' || !Number.isFinite(hours) || hours < 0 || hours > 10000) {
      errors['teaching.hours'] = 'Hours from 0 to 10000';
    }
    if (form.learnerCount.trim() !== '') {
      const count = Number(form.learnerCount);
      if (!Number.isInteger(count) || count < 1 || count > 100000) {
        errors['teaching.learnerCount'] = 'A whole number of learners from 1 to 100000';
      }
    }
  }
  if (form.kind === 'LEADERSHIP' && !form.scope.trim()) {
    errors['leadership.scope'] = 'Say what the role covers';
  }
  if (form.kind === 'AWARD' && !form.awardedBy.trim()) {
    errors['award.awardedBy'] = 'Say who gave the award';
  }
  return errors;
}

/** The request body for POST /api/portfolio/activities: the common fields plus the one detail named by the kind. */
export function activityRequest(form: ActivityForm): Record<string, unknown> {
  const common = { kind: form.kind, title: form.title.trim(), occurredOn: form.occurredOn };
  switch (form.kind) {
    case 'TEACHING':
      return {
        ...common,
        teaching: {
          hours: Number(form.hours),
          learnerLevel: form.learnerLevel,
          ...(form.learnerCount.trim() ? { learnerCount: Number(form.learnerCount) } : {}),
        },
      };
    case 'LEADERSHIP':
      return { ...common, leadership: { role: form.role, scope: form.scope.trim(), level: form.level } };
    case 'AWARD':
      return { ...common, award: { kind: form.awardKind, awardedBy: form.awardedBy.trim(), level: form.level } };
  }
}

export type IdentifierKind = 'doi' | 'pmid' | 'orcid';

/** Same shapes the portfolio service accepts; a DOI may be pasted as a doi.org link. */
export function validateIdentifier(kind: IdentifierKind, raw: string): string | undefined {
  const value = raw.trim();
  if (!value) {
    return 'Enter an identifier';
  }
  switch (kind) {
    case 'doi':
      return /^(https?:\/\/(dx\.)?doi\.org\/|doi:)?10\.\d{4,9}\/\S+$/i.test(value)
        ? undefined
        : 'A DOI looks like 10.15766/mep_2374-8265.11234';
    case 'pmid':
      return /^[1-9]\d{0,8}$/.test(value) ? undefined : 'A PubMed id is digits only';
    case 'orcid':
      return /^(https?:\/\/orcid\.org\/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/i.test(value)
        ? undefined
        : 'An ORCID iD looks like 0000-0002-1825-0097';
  }
}

/** A CSV upload the service would refuse outright: not a .csv, empty, or over its size limit. */
export function validateCsv(file: File | undefined, maxBytes = 1024 * 1024): string | undefined {
  if (!file) {
    return 'Choose a CSV file';
  }
  if (!file.name.toLowerCase().endsWith('.csv')) {
    return 'The file must be a .csv';
  }
  if (file.size === 0) {
    return 'The file is empty';
  }
  if (file.size > maxBytes) {
    return `The file is larger than ${Math.round(maxBytes / 1024)} KB`;
  }
  return undefined;
}
