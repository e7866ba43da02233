import { call, postJson } from '../api';
import { Async } from '../components/Async';
import { ProblemMessage } from '../components/ProblemMessage';
import { useAction, useResource } from '../useResource';
import { PivotPlan } from './plan';

const PLAN = '/api/portfolio/pivot-plan/me';

export function Plan() {
  const [plan, reload] = useResource(() => call<PivotPlan>(PLAN));
  const [failure, run] = useAction(reload);
  const mark = (milestoneId: string, status: string) =>
    run(() => postJson(`${PLAN}/milestones/${encodeURIComponent(milestoneId)}/status`, { status }, 'PUT'));
  const startFromTemplate = () =>
    run(() => postJson(`${PLAN}/template`, { startsOn: new Date().toISOString().slice(0, 10) }));
  const noPlanYet = plan.state === 'failed' && plan.problem.status === 404;

  return (
    <section className="card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Pivot plan</h2>
      {failure && <ProblemMessage problem={failure} />}
      {noPlanYet && (
        <>
          <p>You have no pivot plan yet.</p>
          <button type="button" onClick={startFromTemplate}>
            Start from the typical 18-month plan
          </button>
        </>
      )}
      {!noPlanYet && (
        <Async resource={plan} label="your pivot plan" onRetry={reload}>
          {(value) => (
            <>
              <p>
                {value.startsOn} to {value.endsOn} · {value.progress.done} done, {value.progress.open} open
              </p>
              <progress max={1} value={value.progress.shareDone} aria-label="Share of milestones done">
                {Math.round(value.progress.shareDone * 100)}%
              </progress>
              <table>
                <caption className="visually-hidden">Milestones</caption>
                <thead>
                  <tr>
                    <th scope="col">Due</th>
                    <th scope="col">Milestone</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {value.milestones.map((milestone) => (
                    <tr key={milestone.id}>
                      <td>{milestone.dueOn}</td>
                      <td>{milestone.title}</td>
                      <td>{milestone.status.toLowerCase()}</td>
                      <td>
                        {milestone.status === 'OPEN' && (
                          <button type="button" onClick={() => mark(milestone.id, 'DONE')}>
                            Mark done<span className="visually-hidden">: {milestone.title}</span>
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </Async>
      )}
    </section>
  );
}
