/** The portal's pages, and which roles see each in the navigation. Keep the paths in step with PortalRoutes.PAGES. */
export type Page =
  | 'dashboard'
  | 'portfolio'
  | 'plan'
  | 'find-mentor'
  | 'jobs'
  | 'promotion'
  | 'mentoring'
  | 'dossiers'
  | 'institution'
  | 'criteria'
  | 'mentoring-round'
  | 'postings'
  | 'reports'
  | 'members'
  | 'notifications';

export interface NavItem {
  page: Page;
  path: string;
  label: string;
}

const EVERYONE = ['faculty', 'mentor', 'committee', 'institution-admin', 'platform-admin'];

const ITEMS: (NavItem & { roles: string[] })[] = [
  { page: 'dashboard', path: '/', label: 'Dashboard', roles: ['faculty'] },
  { page: 'portfolio', path: '/portfolio', label: 'Portfolio', roles: ['faculty'] },
  { page: 'plan', path: '/plan', label: 'Pivot plan', roles: ['faculty'] },
  { page: 'find-mentor', path: '/find-a-mentor', label: 'Find a mentor', roles: ['faculty'] },
  { page: 'jobs', path: '/jobs', label: 'Jobs', roles: ['faculty'] },
  { page: 'promotion', path: '/promotion', label: 'Promotion', roles: ['faculty'] },
  { page: 'mentoring', path: '/mentoring', label: 'Mentor inbox', roles: ['mentor'] },
  { page: 'dossiers', path: '/dossiers', label: 'Assigned dossiers', roles: ['committee'] },
  { page: 'institution', path: '/institution', label: 'Institution readiness', roles: ['institution-admin'] },
  { page: 'criteria', path: '/institution/criteria', label: 'Criteria', roles: ['institution-admin'] },
  { page: 'mentoring-round', path: '/institution/mentoring', label: 'Mentoring round', roles: ['institution-admin'] },
  { page: 'postings', path: '/institution/postings', label: 'Postings', roles: ['institution-admin'] },
  { page: 'reports', path: '/institution/reports', label: 'Reports', roles: ['institution-admin'] },
  { page: 'members', path: '/institution/members', label: 'Members', roles: ['institution-admin'] },
  { page: 'notifications', path: '/notifications', label: 'Notifications', roles: EVERYONE },
];

export function navigationFor(roles: string[]): NavItem[] {
  return ITEMS.filter((item) => item.roles.some((role) => roles.includes(role))).map(({ page, path, label }) => ({
    page,
    path,
    label,
  }));
}

/**
 * The links notification puts in emails and feed items (notification's PortalLinks and MatchLinks) and the page each
 * opens; where two roles could follow the same link, the first page the user's roles reach wins. The page reads
 * the item's id from the address itself.
 */
const DEEP_LINKS: { prefix: string; pages: Page[] }[] = [
  { prefix: '/portfolio/plan', pages: ['plan'] },
  { prefix: '/mentoring/requests/', pages: ['find-mentor'] },
  { prefix: '/mentoring/matches/', pages: ['mentoring', 'find-mentor'] },
  { prefix: '/promotion/dossiers/', pages: ['dossiers', 'promotion'] },
  { prefix: '/jobs/applications/', pages: ['jobs'] },
  { prefix: '/jobs/admin/postings/', pages: ['postings'] },
  { prefix: '/notifications/', pages: ['notifications'] },
];

/** The page for a path; an unknown path, or a page the user's roles do not reach, falls back to their first page. */
export function pageFor(path: string, roles: string[]): NavItem | undefined {
  const allowed = navigationFor(roles);
  const exact = allowed.find((item) => item.path === path);
  if (exact) {
    return exact;
  }
  const link = DEEP_LINKS.find((candidate) => path.startsWith(candidate.prefix));
  const linked = link?.pages.map((page) => allowed.find((item) => item.page === page)).find((item) => item);
  return linked ?? allowed[0];
}

export const ROLE_LABEL: Record<string, string> = {
  faculty: 'Faculty',
  mentor: 'Mentor',
  committee: 'Committee',
  'institution-admin': 'Institution admin',
  'platform-admin': 'Platform admin',
};
