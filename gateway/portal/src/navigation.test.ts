import { describe, expect, it } from 'vitest';
import { navigationFor, pageFor } from './navigation';

describe('navigation by role', () => {
  it('gives faculty their own pages and a mentor who is faculty the inbox too', () => {
    const faculty = ['dashboard', 'portfolio', 'plan', 'find-mentor', 'jobs', 'promotion'];
    expect(navigationFor(['faculty']).map((item) => item.page)).toEqual([...faculty, 'notifications']);
    expect(navigationFor(['faculty', 'mentor']).map((item) => item.page)).toEqual([
      ...faculty,
      'mentoring',
      'notifications',
    ]);
  });

  it('gives an institution admin the institution pages and no faculty page', () => {
    expect(navigationFor(['institution-admin']).map((item) => item.path)).toEqual([
      '/institution',
      '/institution/criteria',
      '/institution/mentoring',
      '/institution/postings',
      '/institution/reports',
      '/institution/members',
      '/notifications',
    ]);
  });

  it("falls back to the user's first page for a page their roles do not reach", () => {
    expect(pageFor('/portfolio', ['institution-admin'])?.page).toBe('institution');
    expect(pageFor('/institution/criteria', ['faculty'])?.page).toBe('dashboard');
    expect(pageFor('/plan', ['faculty'])?.page).toBe('plan');
    expect(pageFor('/', [])).toBeUndefined();
  });

  it("opens the page an email's link is about, for the role that follows it", () => {
    expect(pageFor('/portfolio/plan', ['faculty'])?.page).toBe('plan');
    expect(pageFor('/mentoring/matches/m-1', ['faculty', 'mentor'])?.page).toBe('mentoring');
    expect(pageFor('/mentoring/matches/m-1', ['faculty'])?.page).toBe('find-mentor');
    expect(pageFor('/mentoring/requests/r-1', ['faculty'])?.page).toBe('find-mentor');
    expect(pageFor('/promotion/dossiers/d-1', ['faculty'])?.page).toBe('promotion');
    expect(pageFor('/promotion/dossiers/d-1', ['committee'])?.page).toBe('dossiers');
    expect(pageFor('/jobs/admin/postings/p-1/applications', ['institution-admin'])?.page).toBe('postings');
    expect(pageFor('/notifications/preferences', ['mentor'])?.page).toBe('notifications');
    expect(pageFor('/jobs/applications/a-1', ['institution-admin'])?.page).toBe('institution');
  });
});
