import { describe, expect, it } from 'vitest';
import {
  canWithdraw,
  cleanFilter,
  compareToTypical,
  describeFilter,
  searchQuery,
  stageStep,
  transparencyLevel,
  weighed,
} from './jobs';

describe('searchQuery', () => {
  it('carries only the given filters, repeats training, and adds the private minimum income', () => {
    const query = new URLSearchParams(
      searchQuery(
        { roleType: 'SIMULATION_DIRECTOR', clinicalShareAtMost: 30, location: '  Chicago ', training: ['MASTERS', 'FELLOWSHIP'], mission: '' },
        180000,
      ),
    );
    expect(query.get('roleType')).toBe('SIMULATION_DIRECTOR');
    expect(query.get('clinicalShareAtMost')).toBe('30');
    expect(query.get('location')).toBe('Chicago');
    expect(query.getAll('training')).toEqual(['MASTERS', 'FELLOWSHIP']);
    expect(query.get('minimumIncome')).toBe('180000');
    expect(query.has('mission')).toBe(false);
    expect(query.has('noNightsWeekends')).toBe(false);
    expect(query.get('page')).toBe('0');
  });
});

describe('cleanFilter', () => {
  it('drops empty fields so a saved search stores what the candidate chose', () => {
    expect(cleanFilter({ roleType: '', location: ' ', training: [], noNightsWeekends: false, minimumPay: 0 })).toEqual({
      minimumPay: 0,
    });
  });
});

describe('describeFilter', () => {
  it('says a saved search in words', () => {
    expect(describeFilter({ roleType: 'CLERKSHIP_DIRECTOR', clinicalShareAtMost: 40, noNightsWeekends: true, mission: 'VA' }))
      .toBe('Clerkship director · clinical ≤ 40% · no nights or weekends · VA');
    expect(describeFilter({})).toBe('every posting');
  });

  it('reads a saved search as the API answers it, unset fields null', () => {
    const fromApi = {
      roleType: null,
      clinicalShareAtMost: 40,
      minimumPay: null,
      noNightsWeekends: null,
      mission: null,
      location: 'Harbor',
      training: null,
      protectedHoursAtLeast: 16,
      answered: ['promotionAndSalary', 'scheduleControl'],
    };
    expect(describeFilter(fromApi)).toBe(
      'clinical ≤ 40% · ≥ 16 protected h/week · in “Harbor” · answers: documented promotion path, who controls the schedule',
    );
    expect(cleanFilter(fromApi)).toEqual({
      clinicalShareAtMost: 40,
      location: 'Harbor',
      protectedHoursAtLeast: 16,
      answered: ['promotionAndSalary', 'scheduleControl'],
    });
  });
});

describe('weighed', () => {
  it('counts the criteria a fit score rests on', () => {
    expect(
      weighed([
        'no target clinical share in your profile; clinical time 30% not weighed',
        'pay 240,000–275,000 USD meets your minimum 200,000',
        'no formal education training required',
        'no target roles in your profile; not weighed',
      ]),
    ).toBe(2);
  });
});

describe('compareToTypical', () => {
  it('places the role against the typical range of its role type', () => {
    const typical = { min: 20, max: 50 };
    expect(compareToTypical({ min: 30, max: 40 }, typical)).toBe('within');
    expect(compareToTypical({ min: 10, max: 15 }, typical)).toBe('below');
    expect(compareToTypical({ min: 60, max: 60 }, typical)).toBe('above');
    expect(compareToTypical({ min: 40, max: 60 }, typical)).toBe('straddles');
    expect(compareToTypical({ min: 40, max: 60 }, null)).toBe('unknown');
  });
});

describe('transparencyLevel', () => {
  it('grades how many of the five questions are answered', () => {
    const of = (score: number) => transparencyLevel({ score, outOf: 5, answered: [], missing: [] });
    expect([of(5), of(4), of(3), of(2), of(1), of(0)]).toEqual(['open', 'open', 'partial', 'partial', 'opaque', 'opaque']);
  });
});

describe('application stages', () => {
  it('lets an open application be withdrawn, an ended one not', () => {
    expect(canWithdraw('SUBMITTED')).toBe(true);
    expect(canWithdraw('OFFER')).toBe(true);
    expect(canWithdraw('REJECTED')).toBe(false);
    expect(canWithdraw('WITHDRAWN')).toBe(false);
    expect(stageStep('INTERVIEW')).toBe(2);
    expect(stageStep('WITHDRAWN')).toBe(-1);
  });
});
