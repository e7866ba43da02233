import { call } from '../api';
import { Async } from '../components/Async';
import { Gauge } from '../components/Gauge';
import { RequirementResult, RequirementsChart } from '../components/RequirementsChart';
import { ReadinessStatus } from '../gauge';
import { useResource } from '../useResource';
import { PivotPlan, upcoming } from './plan';

interface Readiness {
  track: string;
  targetRank: string;
  status: ReadinessStatus;
  score: number;
  assessedAt: string;
  requirementsMet: number;
  requirementsUnmet: number;
  requirementsDeferred: number;
  requirements: RequirementResult[];
  gaps: { requirementId: string; shortfall: number; text: string }[];
  convertible: { evidenceId: string; title: string; kind: string; suggestion: string }[];
}

export function Dashboard() {
  const [readiness, reloadReadiness] = useResource(() => call<Readiness>('/api/promotion-review/readiness/me'));
  const [plan, reloadPlan] = useResource(() => call<PivotPlan>('/api/portfolio/pivot-plan/me'));
  return (
    <div className="grid">
      <section className="card" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">Promotion readiness</h2>
        <Async resource={readiness} label="your readiness" onRetry={reloadReadiness}>
          {(report) => (
            <>
              <p className="muted">
                Toward {label(report.targetRank)} on the {label(report.track)} track · assessed{' '}
                {new Date(report.assessedAt).toLocaleDateString()}
              </p>
              <Gauge score={report.score} status={report.status} />
              <p>
                {report.requirementsMet} met · {report.requirementsUnmet} unmet
                {report.requirementsDeferred > 0 && ` · ${report.requirementsDeferred} deferred`}
              </p>
              <h3>Criteria against targets</h3>
              <RequirementsChart requirements={report.requirements} />
            </>
          )}
        </Async>
      </section>
      {readiness.state === 'loaded' && (
        <section className="card" aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">What is missing</h2>
          {readiness.value.gaps.length === 0 ? (
            <p>No gaps: every requirement is met.</p>
          ) : (
            <ul className="gaps">
              {readiness.value.gaps.map((gap) => (
                <li key={gap.requirementId}>{gap.text}</li>
              ))}
            </ul>
          )}
          <h3>Work you could turn into scholarship</h3>
          {readiness.value.convertible.length === 0 ? (
            <p className="muted">No suggestions right now.</p>
          ) : (
            <ul className="convertible">
              {readiness.value.convertible.map((item) => (
                <li key={item.evidenceId}>
                  <strong>{item.title}</strong>: {item.suggestion}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="card" aria-labelledby="milestones-heading">
        <h2 id="milestones-heading">Next milestones</h2>
        <Async resource={plan} label="your pivot plan" onRetry={reloadPlan}>
          {(value) => {
            const next = upcoming(value.milestones, 3);
            return next.length === 0 ? (
              <p>No open milestones.</p>
            ) : (
              <ol className="milestones">
                {next.map((milestone) => (
                  <li key={milestone.id}>
                    <time dateTime={milestone.dueOn}>{milestone.dueOn}</time> {milestone.title}
                  </li>
                ))}
              </ol>
            );
          }}
        </Async>
        <a href="/plan" data-nav>
          The whole plan
        </a>
      </section>
    </div>
  );
}

/** ASSOCIATE_PROFESSOR → associate professor */
export function label(constant: string): string {
  return constant.toLowerCase().replaceAll('_', ' ');
}
