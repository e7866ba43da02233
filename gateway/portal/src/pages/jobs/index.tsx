import { useCallback, useEffect, useState } from 'react';
import { call, postJson } from '../../api';
import { Async } from '../../components/Async';
import { useAction, useResource } from '../../useResource';
import { Applications } from './Applications';
import { API, Alert, Application, cleanFilter, RankedPage, SavedSearch, searchQuery } from './jobs';
import './jobs.css';
import { Alerts, SavedSearches } from './MySearches';
import { PageBoundary } from './PageBoundary';
import { PostingDetail } from './PostingDetail';
import { Results } from './Results';
import { Search, SearchForm } from './SearchForm';

/** The candidate's job pages: the ranked board with its filters, saved searches and alerts, and applications. */
export function Jobs() {
  return (
    <PageBoundary>
      <JobsPage />
    </PageBoundary>
  );
}

function JobsPage() {
  const [search, setSearch] = useState<Search>({ filter: {} });
  // A new key re-mounts the form with a saved search's filters when one is run.
  const [formKey, setFormKey] = useState(0);
  const [selected, setSelected] = useState<string>();
  const [status, setStatus] = useState('');

  const [ranked, reloadRanked] = useResource(
    () => call<RankedPage>(`${API.ranked}?${searchQuery(search.filter, search.minimumIncome)}`),
    [search],
  );
  const [searches, reloadSearches] = useResource(() => call<SavedSearch[]>(API.savedSearches));
  const [alerts, reloadAlerts] = useResource(() => call<Alert[]>(API.alerts));
  const [applications, reloadApplications] = useResource(() => call<Application[]>(API.applications));

  const [searchFailure, runOnSearches] = useAction(reloadSearches);
  const [applicationFailure, runOnApplications] = useAction(reloadApplications);
  const [saving, setSaving] = useState(false);

  const open = useCallback((postingId: string) => setSelected(postingId), []);
  useEffect(() => {
    if (selected) {
      const detail = document.getElementById('job-detail');
      detail?.scrollIntoView?.({ block: 'start' });
      detail?.focus();
    }
  }, [selected]);

  const save = async (name: string, toSave: Search) => {
    setSaving(true);
    await runOnSearches(async () => {
      await postJson(API.savedSearches, { name, filter: cleanFilter(toSave.filter) });
      setStatus(`Saved “${name}”. New postings that match it will appear under Alerts.`);
    });
    setSaving(false);
  };
  const remove = (saved: SavedSearch) =>
    runOnSearches(async () => {
      await call(API.savedSearch(saved.id), { method: 'DELETE' });
      setStatus(`Deleted “${saved.name}”; it sends no more alerts.`);
    });
  const run = (saved: SavedSearch) => {
    setSearch({ filter: cleanFilter(saved.filter) });
    setFormKey((k) => k + 1);
    setStatus(`Showing “${saved.name}”.`);
  };
  const withdraw = (application: Application) =>
    runOnApplications(async () => {
      await call(API.withdraw(application.id), { method: 'POST' });
      setStatus(`Withdrew your application to ${application.postingTitle}.`);
    });
  const applied = (application: Application) => {
    reloadApplications();
    setStatus(`Applied to ${application.postingTitle}.`);
  };

  const current = (postingId: string) =>
    applications.state === 'loaded' ? applications.value.find((a) => a.postingId === postingId) : undefined;

  return (
    <div className="grid jobs">
      <h1 className="visually-hidden">Jobs</h1>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <section className="card wide">
        <SearchForm key={formKey} initial={search} onSearch={setSearch} onSave={save} saving={saving} />
        {status && (
          <p className="job-status" aria-hidden="true">
            {status}
          </p>
        )}
      </section>
      {selected && (
        <PostingDetail
          key={selected}
          postingId={selected}
          application={current(selected)}
          onApplied={applied}
          onClose={() => setSelected(undefined)}
        />
      )}
      <section className="card wide" aria-labelledby="job-results-heading">
        <h2 id="job-results-heading">Postings ranked for you</h2>
        <Async resource={ranked} label="postings" onRetry={reloadRanked}>
          {(page) => <Results page={page} onOpen={open} />}
        </Async>
      </section>
      <SavedSearches searches={searches} reload={reloadSearches} failure={searchFailure} onRun={run} onDelete={remove} />
      <Alerts alerts={alerts} reload={reloadAlerts} onOpen={open} />
      <Applications
        applications={applications}
        reload={reloadApplications}
        failure={applicationFailure}
        onWithdraw={withdraw}
        onOpen={open}
      />
    </div>
  );
}
