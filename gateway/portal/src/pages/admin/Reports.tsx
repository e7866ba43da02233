import { ReactNode } from 'react';
import { call } from '../../api';
import { Async } from '../../components/Async';
import { useResource } from '../../useResource';
import { label } from '../Dashboard';
import { BarChart } from './BarChart';
import { Figures } from './Figures';
import { formatDuration, percent, ProgramReport, ReadinessSummary, statusCounts, TrackReport } from './reports';

/** The institution's reports: where its faculty stand, whether each track is real, and the mentoring program. */
export function Reports() {
  return (
    <div className="grid">
      <ReadinessReport />
      <TrackReality />
      <MentoringReport />
    </div>
  );
}

/** A report card: its heading, then loading, the failure in its own words, or the report. */
function ReportCard<T>({ id, title, path, wide, children }: {
  id: string;
  title: string;
  path: string;
  wide?: boolean;
  children: (value: T) => ReactNode;
}) {
  const [report, reload] = useResource(() => call<T>(path), [path]);
  return (
    <section className={wide ? 'card wide' : 'card'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <Async resource={report} label={title.toLowerCase()} onRetry={reload}>
        {children}
      </Async>
    </section>
  );
}

function ReadinessReport() {
  return (
    <ReportCard<ReadinessSummary[]>
      id="readiness-report-heading"
      title="Readiness across the institution"
      path="/api/promotion-review/admin/readiness"
    >
      {(rows) =>
        rows.length === 0 ? (
          <p>No readiness reports yet.</p>
        ) : (
          <BarChart
            title={`Faculty by readiness status (${rows.length} assessed)`}
            bars={statusCounts(rows).map(({ status, count }) => ({
              label: label(status),
              value: count,
              tone: status === 'READY' ? 'ready' : status === 'BORDERLINE' ? 'borderline' : 'not-ready',
            }))}
            max={rows.length}
          />
        )
      }
    </ReportCard>
  );
}

function TrackReality() {
  return (
    <ReportCard<TrackReport[]> id="track-reality-heading" title="Track reality" path="/api/promotion-review/insight/track-reality">
      {(tracks) => (
        <>
          <p className="muted">
            Who was promoted on each track in the last {tracks[0]?.years ?? 5} years, and what their dossiers held.
          </p>
          {tracks.map((track) => (
            <article key={track.track} className="track-report" aria-label={label(track.track)}>
              <h3>{label(track.track)}</h3>
              {track.belowMinimum ? (
                <p className="withheld">
                  Fewer than 5 promoted dossiers: figures withheld so no one can be recognised.
                </p>
              ) : (
                <>
                  <p>
                    {track.promotions} promoted · {track.protectedTimePercent}% with protected time · median{' '}
                    {track.medianPeerReviewed} peer-reviewed, {track.medianFirstOrSenior} first or senior author,{' '}
                    {track.medianNational} national
                  </p>
                  <BarChart
                    title="Median items per promoted dossier, by kind"
                    bars={Object.entries(track.medianEvidenceByKind ?? {}).map(([kind, median]) => ({
                      label: label(kind),
                      value: median,
                    }))}
                  />
                </>
              )}
            </article>
          ))}
        </>
      )}
    </ReportCard>
  );
}

function MentoringReport() {
  return (
    <ReportCard<ProgramReport> id="program-report-heading" title="Mentoring program" path="/api/mentoring-match/admin/report" wide>
      {(r) => (
        <div className="grid">
          <div>
            <h3>Requests</h3>
            <BarChart
              title={`Mentoring requests (${r.requests.total} in all)`}
              bars={[
                { label: 'Matched', value: r.requests.matched, tone: 'ready' },
                { label: 'Awaiting an answer', value: r.requests.awaitingAnswer, tone: 'borderline' },
                { label: 'Open', value: r.requests.open, tone: 'accent' },
              ]}
              max={r.requests.total}
            />
            <BarChart
              title="Requests by kind"
              bars={Object.entries(r.requests.byKind).map(([kind, count]) => ({ label: label(kind), value: count }))}
              max={r.requests.total}
            />
          </div>
          <div>
            <h3>Proposals</h3>
            <BarChart
              title={`What became of ${r.proposals.total} proposal(s)`}
              bars={[
                { label: 'Accepted', value: r.proposals.accepted, tone: 'ready' },
                { label: 'Open', value: r.proposals.open, tone: 'accent' },
                { label: 'Declined', value: r.proposals.declined, tone: 'not-ready' },
                { label: 'Expired', value: r.proposals.expired, tone: 'muted' },
              ]}
              max={r.proposals.total}
            />
            <Figures
              items={[
                ['Acceptance rate', percent(r.proposals.acceptanceRate)],
                ['Median time to accept', formatDuration(r.proposals.medianTimeToAccept)],
                ['Active mentorships', r.activeMentorships],
              ]}
            />
          </div>
          <div>
            <h3>Mentor capacity</h3>
            <BarChart
              title={`Places in use (${r.capacity.mentors} mentors, ${r.capacity.pausedMentors} paused)`}
              bars={[
                { label: 'Mentees', value: r.capacity.mentees, tone: 'accent' },
                { label: 'Places offered', value: r.capacity.places, tone: 'muted' },
              ]}
            />
            <p>Capacity in use: {percent(r.capacity.use)}</p>
          </div>
        </div>
      )}
    </ReportCard>
  );
}
