import { describe, expect, it } from 'vitest';
import { navigationFor, pageFor } from './navigation';

describe('navigation by role', () => {
  it('gives faculty their own pages and a mentor who is faculty the inbox too', () => {
    expect(navigationFor(['faculty']).map((item) => item.page)).toEqual(['dashboard', 'portfolio', 'plan']);
    expect(navigationFor(['faculty', 'mentor']).map((item) => item.page)).toEqual([
      'dashboard',
      'portfolio',
      'plan',
      'mentoring',
    ]);
  });

  it('gives an institution admin the institution view only', () => {
    expect(navigationFor(['institution-admin']).map((item) => item.path)).toEqual(['/institution']);
  });

  it("falls back to the user's first page for a page their roles do not reach", () => {
    expect(pageFor('/portfolio', ['institution-admin'])?.page).toBe('institution');
    expect(pageFor('/plan', ['faculty'])?.page).toBe('plan');
    expect(pageFor('/', [])).toBeUndefined();
  });
});
