import { ClinicalTimeChart } from './ClinicalTimeChart';
import { money, RankedPage, weighed } from './jobs';
import { TransparencyBadge } from './TransparencyBadge';

/** The ranked board: best fit first, each with its score, the reasons for it and the facts that decide a move. */
export function Results({ page, onOpen }: { page: RankedPage; onOpen: (postingId: string) => void }) {
  const { items, total } = page.results;
  return (
    <>
      <p role="status" aria-live="polite" className="muted">
        {total === 0
          ? 'No published posting matches these filters. Save the search to be alerted when one does.'
          : `${total} posting${total === 1 ? '' : 's'}, ranked by fit with your profile.`}
        {!page.profileKnown && ' Your portfolio profile has not reached the job board yet, so only pay is weighed.'}
      </p>
      <ol className="job-results">
        {items.map(({ rank, fit, posting }) => (
          <li key={posting.id} className="job-result">
            <article aria-labelledby={`job-${posting.id}`}>
              <header className="job-result-head">
                <span className="job-rank" aria-label={`Rank ${rank}`}>
                  {rank}
                </span>
                <div className="job-title">
                  <h3 id={`job-${posting.id}`}>{posting.title}</h3>
                  <p className="muted">
                    {posting.roleLabel} · {posting.institution} · {posting.location.text} (
                    {posting.location.workplace.toLowerCase().replace('_', ' ')})
                  </p>
                </div>
                <TransparencyBadge transparency={posting.transparency} />
              </header>
              <div className="job-fit">
                <span className="job-fit-label">
                  Fit {fit.score}/100
                  <span className="muted"> · on {weighed(fit.reasons)} of {fit.reasons.length} criteria</span>
                </span>
                <div
                  className="bar"
                  role="meter"
                  aria-label={`Fit for ${posting.title}`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={fit.score}
                >
                  <div className="bar-fill" style={{ width: `${fit.score}%` }} />
                </div>
              </div>
              <ul className="job-reasons" aria-label="Why it ranks here">
                {fit.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <ClinicalTimeChart
                thisRole={posting.clinicalTime.thisRole}
                typical={posting.clinicalTime.typical}
                roleLabel={posting.roleLabel}
              />
              <p className="job-facts">
                <span>
                  Pay {money(posting.compensation.min, posting.compensation.currency)} –{' '}
                  {posting.compensation.max.toLocaleString('en-US')}
                </span>
                <span>{posting.nightsWeekends ? 'Nights or weekends' : 'No nights or weekends'}</span>
                {posting.protectedHoursPerWeek != null && (
                  <span>{posting.protectedHoursPerWeek} protected h/week</span>
                )}
              </p>
              <button type="button" onClick={() => onOpen(posting.id)} aria-label={`Details and apply: ${posting.title}`}>
                Details and apply
              </button>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
