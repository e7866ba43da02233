import { useState } from 'react';
import { postJson } from '../../api';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Table } from '../../components/Table';
import { Problem } from '../../problem';
import { asProblem } from '../../useResource';
import { BarChart } from './BarChart';
import { Figures } from './Figures';

export interface Factor {
  name: string;
  points: number;
  reason: string;
}

export interface Assigned {
  requestId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  mentorInstitution: string;
  score: number;
  reasons: Factor[];
}

export interface RoundView {
  fingerprint: string;
  method: 'OPTIMAL' | 'STABLE';
  requests: number;
  mentors: number;
  places: number;
  matched: number;
  unmatchedRequests: string[];
  totalScore: number;
  certificate: { optimal: boolean; verdict: string } | null;
  solveMillis: number;
  assignments: Assigned[];
}

interface Committed {
  fingerprint: string;
  proposed: string[];
  skippedRequests: string[];
}

const BASE = '/api/mentoring-match/admin/rounds';

type Step = { state: 'idle' } | { state: 'running'; what: string } | { state: 'committed'; result: Committed };

/** What a committed round did, in a sentence. */
export function committedSummary(result: Committed): string {
  const proposed = result.proposed.length === 1 ? '1 proposal sent' : `${result.proposed.length} proposals sent`;
  if (result.skippedRequests.length === 0) {
    return `${proposed} to the mentors.`;
  }
  return `${proposed}; ${result.skippedRequests.length} request(s) skipped (answered or withdrawn since the preview).`;
}

/** The bulk mentoring round: preview the proposed assignment with its reasons and objective, then commit it. */
export function MentoringRound() {
  const [method, setMethod] = useState<'OPTIMAL' | 'STABLE'>('OPTIMAL');
  const [round, setRound] = useState<RoundView>();
  const [step, setStep] = useState<Step>({ state: 'idle' });
  const [failure, setFailure] = useState<Problem>();

  const run = async <T,>(what: string, action: () => Promise<T>, then: (value: T) => void) => {
    setFailure(undefined);
    setStep({ state: 'running', what });
    try {
      then(await action());
    } catch (error) {
      setFailure(asProblem(error));
      setStep({ state: 'idle' });
    }
  };

  const preview = () =>
    run('Computing the best assignment for every open request…', () => postJson<RoundView>(`${BASE}/preview?method=${method}`, {}), (value) => {
      setRound(value);
      setStep({ state: 'idle' });
    });

  const commit = (fingerprint: string) =>
    run('Sending the proposals…', () => postJson<Committed>(`${BASE}?method=${method}`, { fingerprint }), (result) => {
      setRound(undefined);
      setStep({ state: 'committed', result });
    });

  const running = step.state === 'running';
  return (
    <section className="card wide" aria-labelledby="round-heading">
      <h2 id="round-heading">Mentoring round</h2>
      <p className="muted">
        Match every open mentoring request of your institution at once. Preview first: nothing is sent until you commit.
      </p>
      <div className="inline-form">
        <Field label="Method">
          {(props) => (
            <select
              {...props}
              value={method}
              onChange={(event) => {
                setMethod(event.target.value as 'OPTIMAL' | 'STABLE');
                setRound(undefined);
              }}
            >
              <option value="OPTIMAL">Optimal: most matches, then the best total fit</option>
              <option value="STABLE">Stable: no pair would both rather be together</option>
            </select>
          )}
        </Field>
        <button type="button" onClick={() => void preview()} disabled={running}>
          Preview round
        </button>
      </div>
      <div role="status" aria-live="polite">
        {running && (
          <>
            <p>{step.what}</p>
            <progress aria-label={step.what} />
          </>
        )}
        {step.state === 'committed' && <p className="success">{committedSummary(step.result)}</p>}
      </div>
      {failure && <ProblemMessage problem={failure} />}
      {round && <RoundPreview round={round} disabled={running} onCommit={() => void commit(round.fingerprint)} />}
    </section>
  );
}

function RoundPreview({ round, disabled, onCommit }: { round: RoundView; disabled: boolean; onCommit: () => void }) {
  return (
    <section aria-labelledby="round-preview-heading">
      <h3 id="round-preview-heading">Proposed assignment</h3>
      <Figures
        items={[
          ['Open requests', round.requests],
          ['Mentors (places)', `${round.mentors} (${round.places})`],
          ['Matched', round.matched],
          ['Total fit (objective)', round.totalScore],
        ]}
      />
      <p className="muted">
        {round.certificate
          ? `${round.certificate.optimal ? 'Certified optimal' : 'Not certified'}: ${round.certificate.verdict}.`
          : 'Stable matching (no optimality certificate).'}{' '}
        Solved in {round.solveMillis} ms.
      </p>
      <BarChart
        title="Requests matched and left open"
        bars={[
          { label: 'Matched', value: round.matched, tone: 'ready' },
          { label: 'Left open', value: round.unmatchedRequests.length, tone: 'not-ready' },
        ]}
        max={round.requests}
      />
      <Table
        caption="Proposed pairs with their reasons"
        rows={round.assignments}
        rowKey={(row) => row.requestId}
        empty="No pair can be proposed: there are no open requests, or no mentor with a free place fits them."
        columns={[
          { header: 'Mentee', cell: (row) => row.menteeName },
          { header: 'Mentor', cell: (row) => `${row.mentorName} (${row.mentorInstitution})` },
          { header: 'Fit', cell: (row) => row.score },
          {
            header: 'Reasons',
            cell: (row) => (
              <ul className="reasons">
                {row.reasons.map((factor) => (
                  <li key={factor.name}>
                    {factor.reason} <span className="muted">(+{factor.points})</span>
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      <button type="button" onClick={onCommit} disabled={disabled || round.assignments.length === 0}>
        Commit round: send {round.assignments.length} proposal(s)
      </button>
    </section>
  );
}
