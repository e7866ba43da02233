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
});
