import { describe, expect, it } from 'vitest';
import { activityRequest, EMPTY_ACTIVITY, validateActivity, validateCsv, validateIdentifier } from './validation';

const TODAY = '2026-11-23';

describe('activity form', () => {
  it('names every missing common field', () => {
    expect(validateActivity(EMPTY_ACTIVITY, TODAY)).toEqual({
      title: 'Give the activity a title',
      occurredOn: 'Give the date it took place',
      'teaching.hours': 'Hours from 0 to 10000',
    });
  });

  it('refuses a future date and a fractional learner count', () => {
    const errors = validateActivity(
      { ...EMPTY_ACTIVITY, title: 'Grand rounds', occurredOn: '2027-01-01', hours: '2', learnerCount: '2.5' },
      TODAY,
    );
    expect(errors).toEqual({
      occurredOn: 'Cannot be in the future',
      'teaching.learnerCount': 'A whole number of learners from 1 to 100000',
    });
  });

  it('accepts a complete teaching activity and sends only its kind of detail', () => {
    const form = { ...EMPTY_ACTIVITY, title: ' Grand rounds ', occurredOn: '2026-10-01', hours: '1.5' };
    expect(validateActivity(form, TODAY)).toEqual({});
    expect(activityRequest(form)).toEqual({
      kind: 'TEACHING',
      title: 'Grand rounds',
      occurredOn: '2026-10-01',
      teaching: { hours: 1.5, learnerLevel: 'MEDICAL_STUDENT' },
    });
  });

  it('asks an award for who gave it', () => {
    const award = { ...EMPTY_ACTIVITY, kind: 'AWARD' as const, title: 'Teacher of the year', occurredOn: '2026-05-01' };
    expect(validateActivity(award, TODAY)).toEqual({ 'award.awardedBy': 'Say who gave the award' });
    expect(activityRequest({ ...award, awardedBy: 'Class of 2026' })).toEqual({
      kind: 'AWARD',
      title: 'Teacher of the year',
      occurredOn: '2026-05-01',
      award: { kind: 'INSTITUTIONAL_TEACHING', awardedBy: 'Class of 2026', level: 'LOCAL' },
    });
  });
});

describe('identifiers', () => {
  it('accepts the shapes the portfolio service accepts', () => {
    expect(validateIdentifier('doi', 'https://doi.org/10.15766/mep_2374-8265.11234')).toBeUndefined();
    expect(validateIdentifier('pmid', '31234567')).toBeUndefined();
    expect(validateIdentifier('orcid', '0000-0002-1825-009X')).toBeUndefined();
  });

  it('explains a wrong shape', () => {
    expect(validateIdentifier('doi', '11.1234/x')).toMatch(/A DOI looks like/);
    expect(validateIdentifier('pmid', 'PMC123')).toBe('A PubMed id is digits only');
    expect(validateIdentifier('orcid', '   ')).toBe('Enter an identifier');
  });
});

describe('CSV upload', () => {
  it('refuses what the service would refuse outright', () => {
    expect(validateCsv(undefined)).toBe('Choose a CSV file');
    expect(validateCsv(new File(['a'], 'evals.xlsx'))).toBe('The file must be a .csv');
    expect(validateCsv(new File([], 'evals.csv'))).toBe('The file is empty');
    expect(validateCsv(new File(['date\n'], 'evals.csv'), 2)).toBe('The file is larger than 0 KB');
    expect(validateCsv(new File(['date\n'], 'evals.csv'))).toBeUndefined();
  });
});
