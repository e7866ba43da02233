import { ComponentType, MouseEvent, useEffect, useState } from 'react';
import { loadMe, Me } from './api';
import { Async } from './components/Async';
import { NotificationBell } from './components/NotificationBell';
import { navigationFor, NavItem, Page, pageFor, ROLE_LABEL } from './navigation';
import { Dashboard } from './pages/Dashboard';
import { CriteriaEditor, InstitutionReadiness, Members, MentoringRound, Postings, Reports } from './pages/admin';
import { Jobs } from './pages/jobs';
import { FindMentor, MentorInbox } from './pages/mentoring';
import { Notifications } from './pages/notifications';
import { Plan } from './pages/Plan';
import { Portfolio } from './pages/Portfolio';
import { AssignedDossiers, MyPromotion } from './pages/promotion';
import { useResource } from './useResource';

const PAGES: Record<Page, ComponentType> = {
  dashboard: Dashboard,
  portfolio: Portfolio,
  plan: Plan,
  'find-mentor': FindMentor,
  jobs: Jobs,
  promotion: MyPromotion,
  mentoring: MentorInbox,
  dossiers: AssignedDossiers,
  institution: InstitutionReadiness,
  criteria: CriteriaEditor,
  'mentoring-round': MentoringRound,
  postings: Postings,
  reports: Reports,
  members: Members,
  notifications: Notifications,
};

export function App() {
  const [me, reload] = useResource(loadMe);
  return (
    <Async resource={me} label="your account" onRetry={reload}>
      {(user) => <Shell me={user} />}
    </Async>
  );
}

function Shell({ me }: { me: Me }) {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigation = navigationFor(me.roles);
  const current = pageFor(path, me.roles);
  const View = current && PAGES[current.page];

  // Links marked data-nav switch pages without a reload; the gateway serves the app at each path for bookmarks.
  const navigate = (event: MouseEvent) => {
    const link = (event.target as HTMLElement).closest('a[data-nav]') as HTMLAnchorElement | null;
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    // The query too: a link may name the item its page opens on (e.g. /mentoring?match=<id>).
    window.history.pushState({}, '', link.pathname + link.search);
    setPath(link.pathname);
    document.getElementById('main')?.focus();
  };

  return (
    <div className="app" onClick={navigate}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">Pathway</span>
        <nav aria-label="Main">
          <ul>
            {navigation.map((item: NavItem) => (
              <li key={item.page}>
                <a href={item.path} data-nav aria-current={item.page === current?.page ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <NotificationBell />
          <span id="signed-in-user">{me.name ?? me.username ?? me.subject}</span>
          <span className="muted">
            {[...me.organizations, ...me.roles.map((role) => ROLE_LABEL[role] ?? role)].join(' · ')}
          </span>
          <form method="post" action="/logout">
            <input type="hidden" name={me.csrf.parameterName} value={me.csrf.token} />
            <button type="submit">Sign out</button>
          </form>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {View ? (
          <View key={current?.page} />
        ) : (
          <p className="card">Your account has no Pathway role yet. Ask your institution's admin to grant one.</p>
        )}
      </main>
    </div>
  );
}
