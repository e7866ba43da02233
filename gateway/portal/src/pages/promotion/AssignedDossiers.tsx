import { MouseEvent, useCallback, useEffect, useState } from 'react';
import { call, loadMe, postJson } from '../../api';
import { Async } from '../../components/Async';
import { Field } from '../../components/Field';
import { Gauge } from '../../components/Gauge';
import { ListCard } from '../../components/ListCard';
import { ProblemMessage } from '../../components/ProblemMessage';
import { RequirementsChart } from '../../components/RequirementsChart';
import { fieldMessages, Problem } from '../../problem';
import { asProblem, useResource } from '../../useResource';
import { label } from '../Dashboard';
import {
  abilities,
  API,
  assignable,
  AuditEntry,
  CommitteeView,
  day,
  deadlineOf,
  DossierSummary,
  letterCounts,
  letterRequestErrors,
  Member,
  OUTCOMES,
  VOTE_CHOICES,
  when,
} from './dossier';
import { Card, EvidenceTable, LetterBar, StatusBadge, Tally, Timeline } from './parts';

const DOSSIER_PARAM = 'dossier';

function selectedFromUrl(): string | undefined {
  return new URLSearchParams(window.location.search).get(DOSSIER_PARAM) ?? undefined;
}

/**
 * A committee member's dossiers (those they chair or review) and one dossier's detail, chosen by ?dossier= so a reload
 * or a bookmark keeps it. Each party gets the actions the API allows them and nothing else.
 */
export function AssignedDossiers() {
  const [selected, setSelected] = useState(selectedFromUrl);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const onPop = () => setSelected(selectedFromUrl());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const show = useCallback((id: string | undefined, message = '') => {
    const url = id ? `${window.location.pathname}?${DOSSIER_PARAM}=${encodeURIComponent(id)}` : window.location.pathname;
    window.history.pushState({}, '', url);
    setNotice(message);
    setSelected(id);
    document.getElementById('main')?.focus();
  }, []);
  return (
    <div className="grid promotion">
      <p role="status" aria-live="polite" className="announcement wide">
        {notice}
      </p>
      {selected ? <DossierDetail key={selected} id={selected} onBack={(message) => show(undefined, message)} /> : <DossierList onOpen={show} />}
    </div>
  );
}

function DossierList({ onOpen }: { onOpen: (id: string) => void }) {
  const [dossiers, reload] = useResource(() => call<DossierSummary[]>(`${API}/dossiers`));
  // A committee member who is faculty too has their own dossier on the Promotion page, not here.
  const assigned: typeof dossiers =
    dossiers.state === 'loaded' ? { state: 'loaded', value: dossiers.value.filter((d) => d.viewer !== 'CANDIDATE') } : dossiers;
  const open = (event: MouseEvent, id: string) => {
    event.preventDefault();
    onOpen(id);
  };
  return (
    <ListCard
      id="dossiers-heading"
      title="Assigned dossiers"
      resource={assigned}
      reload={reload}
      caption="Dossiers you chair or review"
      rowKey={(dossier) => dossier.id}
      empty="No dossiers are assigned to you."
      columns={[
        {
          header: 'Candidate',
          cell: (dossier) => (
            <a href={`?${DOSSIER_PARAM}=${encodeURIComponent(dossier.id)}`} onClick={(event) => open(event, dossier.id)}>
              {dossier.candidateName}
            </a>
          ),
        },
        { header: 'Toward', cell: (dossier) => `${label(dossier.targetRank)}, ${label(dossier.track)}` },
        { header: 'Status', cell: (dossier) => <StatusBadge status={dossier.status} /> },
        { header: 'Your part', cell: (dossier) => label(dossier.viewer) },
        { header: 'Submitted', cell: (dossier) => (dossier.submittedAt ? day(dossier.submittedAt) : 'not yet') },
      ]}
    />
  );
}

function DossierDetail({ id, onBack }: { id: string; onBack: (message?: string) => void }) {
  const [dossier, reload, refresh] = useResource(() => call<CommitteeView>(`${API}/dossiers/${id}`), [id]);
  const [me] = useResource(loadMe);
  return (
    <>
      <p className="wide">
        <a
          href={window.location.pathname}
          onClick={(event) => {
            event.preventDefault();
            onBack();
          }}
        >
          ← All assigned dossiers
        </a>
      </p>
      <Async resource={dossier} label="the dossier" onRetry={reload}>
        {(view) =>
          me.state === 'loaded' ? (
            <DossierCards view={view} me={me.value.subject} reload={refresh} onBack={onBack} />
          ) : (
            <Async resource={me} label="your account">
              {() => null}
            </Async>
          )
        }
      </Async>
    </>
  );
}

/** Runs one step against the API: busy while it runs, the problem kept for its form, then `done`. */
function useStep(done: () => void): {
  busy: boolean;
  failure?: Problem;
  run: (step: () => Promise<unknown>) => Promise<boolean>;
} {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Problem>();
  const run = async (step: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await step();
      done();
      return true;
    } catch (error) {
      setFailure(asProblem(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, run };
}

function DossierCards({ view, me, reload, onBack }: {
  view: CommitteeView;
  me: string;
  reload: () => void;
  onBack: (message?: string) => void;
}) {
  const can = abilities(view, me);
  const readiness = view.snapshot?.readiness;
  return (
    <>
      <Card id="dossier-heading" title={`${view.candidateName}: toward ${label(view.targetRank)}`} wide>
        <p className="dossier-line">
          {label(view.track)} track · <StatusBadge status={view.status} /> · you are the {label(view.viewer)}
          {can.isChair && can.isReviewer && ' and a reviewer'}
          {!can.isChair && ` · chair: ${view.chairName ?? 'not appointed yet'}`}
        </p>
        <Timeline
          status={view.status}
          openedAt={view.openedAt}
          submittedAt={view.submittedAt}
          voteClosedAt={view.voteClosedAt}
          decidedAt={view.decision?.decidedAt}
        />
        {view.decision && (
          <p className={`decision decision-${view.decision.outcome.toLowerCase()}`}>
            Decision: <strong>{label(view.decision.outcome)}</strong>, on {when(view.decision.decidedAt)}
          </p>
        )}
      </Card>

      {view.snapshot && readiness ? (
        <Card id="readiness-heading" title="Readiness at submission">
          <p className="muted">
            Criteria version {view.snapshot.criteriaVersion} · frozen {when(view.snapshot.frozenAt)}
          </p>
          <Gauge score={readiness.score} status={readiness.status} />
          <RequirementsChart requirements={readiness.requirements} />
        </Card>
      ) : (
        <Card id="readiness-heading" title="Readiness at submission">
          <p>Not submitted yet: nothing is frozen.</p>
        </Card>
      )}

      <VotePanel view={view} can={can} reload={reload} />

      {view.snapshot && (
        <Card id="evidence-heading" title={`Evidence snapshot (${view.snapshot.evidence.length})`} wide>
          <EvidenceTable evidence={view.snapshot.evidence} caption="Evidence frozen at submission" />
        </Card>
      )}

      <Card id="reviewers-heading" title="Reviewers and recusals">
        {view.reviewers.length === 0 ? (
          <p>No reviewer is assigned yet.</p>
        ) : (
          <ul className="plain-list" aria-label="Reviewers">
            {view.reviewers.map((r) => (
              <li key={r.memberId}>
                {r.name} · assigned {day(r.assignedAt)} ·{' '}
                <span className={r.voted ? 'voted' : 'muted'}>{r.voted ? 'voted' : 'not voted yet'}</span>
              </li>
            ))}
          </ul>
        )}
        {view.recusals.length > 0 && (
          <>
            <h3>Recused</h3>
            <ul className="plain-list" aria-label="Recusals">
              {view.recusals.map((r) => (
                <li key={r.memberId}>
                  {r.name} · {r.reason === 'CO_AUTHORSHIP' ? 'co-authorship found' : 'declared'}
                  {r.detail && `: ${r.detail}`}
                </li>
              ))}
            </ul>
          </>
        )}
        {can.assign && <AssignReviewers view={view} reload={reload} />}
        {can.recuse && <DeclareConflict dossierId={view.id} onRecused={onBack} name={view.candidateName} />}
      </Card>

      <Card id="letters-heading" title="Letters of evaluation" wide>
        <LetterBar counts={letterCounts(view.letters)} />
        <Letters view={view} chair={can.isChair} reload={reload} />
        {can.requestLetters && <RequestLetter dossierId={view.id} reload={reload} />}
      </Card>

      {(view.viewer === 'CHAIR' || view.viewer === 'ADMIN') && <Audit dossierId={view.id} version={view} />}
    </>
  );
}

function VotePanel({ view, can, reload }: { view: CommitteeView; can: ReturnType<typeof abilities>; reload: () => void }) {
  const vote = useStep(reload);
  const close = useStep(reload);
  const decide = useStep(reload);
  const votes = view.reviewers.filter((r) => r.voted).length;
  return (
    <Card id="vote-heading" title="Vote">
      {view.status === 'OPEN' && <p>The vote opens when the dossier is submitted.</p>}
      {view.status !== 'OPEN' && (
        <p>
          {votes} of {view.reviewers.length} reviewer(s) voted
          {view.status === 'SUBMITTED' ? ' · the vote is open' : ` · closed ${when(view.voteClosedAt)}`}.
        </p>
      )}
      {view.myVote && (
        <p className="my-vote">
          Your vote: <strong>{label(view.myVote)}</strong>. Votes are secret and final.
        </p>
      )}
      {can.vote && (
        <ChoiceStep
          legend="Your vote (secret; it cannot be changed)"
          name="vote"
          values={VOTE_CHOICES}
          action="Cast vote"
          busyLabel="Casting…"
          step={vote}
          onChoose={(choice) => postJson(`${API}/dossiers/${view.id}/votes`, { choice })}
        />
      )}
      {view.tally && (
        <>
          <h3>Tally</h3>
          <Tally tally={view.tally} />
        </>
      )}
      {can.isChair && view.status === 'SUBMITTED' && (
        <div className="dossier-step">
          <button type="button" disabled={!can.closeVote || close.busy} onClick={() => close.run(() => postJson(`${API}/dossiers/${view.id}/vote/close`, {}))}>
            {close.busy ? 'Closing…' : 'Close the vote'}
          </button>
          {!can.closeVote && <p className="muted">The vote can close once at least one reviewer has voted.</p>}
          {close.failure && <ProblemMessage problem={close.failure} />}
        </div>
      )}
      {can.decide && (
        <ChoiceStep
          legend="Decision (final; the candidate sees it)"
          name="outcome"
          values={OUTCOMES}
          action="Record decision"
          busyLabel="Recording…"
          step={decide}
          onChoose={(outcome) => postJson(`${API}/dossiers/${view.id}/decision`, { outcome })}
        />
      )}
    </Card>
  );
}

/** One final choice among a few (a vote, a decision): a radio group and its button, sent once chosen. */
function ChoiceStep({ legend, name, values, action, busyLabel, step, onChoose }: {
  legend: string;
  name: string;
  values: readonly string[];
  action: string;
  busyLabel: string;
  step: ReturnType<typeof useStep>;
  onChoose: (value: string) => Promise<unknown>;
}) {
  const [choice, setChoice] = useState('');
  return (
    <form
      className="dossier-step"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) {
          void step.run(() => onChoose(choice));
        }
      }}
    >
      <fieldset className="choices">
        <legend>{legend}</legend>
        {values.map((value) => (
          <label key={value}>
            <input type="radio" name={name} value={value} checked={choice === value} onChange={() => setChoice(value)} />{' '}
            {label(value)}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={!choice || step.busy}>
        {step.busy ? busyLabel : action}
      </button>
      {step.failure && <ProblemMessage problem={step.failure} />}
    </form>
  );
}

function AssignReviewers({ view, reload }: { view: CommitteeView; reload: () => void }) {
  const [roster, reloadRoster] = useResource(() => call<Member[]>(`${API}/dossiers/${view.id}/roster`), [view.id]);
  const [picked, setPicked] = useState<string[]>([]);
  const [results, setResults] = useState<{ memberId: string; outcome: string }[]>([]);
  const step = useStep(reload);
  const names = new Map((roster.state === 'loaded' ? roster.value : []).map((m) => [m.userId, m.name]));
  const assign = async () => {
    let answer: { memberId: string; outcome: string }[] = [];
    const ok = await step.run(async () => {
      answer = await postJson(`${API}/dossiers/${view.id}/reviewers`, { memberIds: picked });
    });
    if (ok) {
      setResults(answer);
      setPicked([]);
    }
  };
  return (
    <div className="dossier-step">
      <h3>Assign reviewers</h3>
      <Async resource={roster} label="the committee roster" onRetry={reloadRoster}>
        {(members) => {
          const free = assignable(members, view);
          return free.length === 0 ? (
            <p className="muted">Every committee member Pathway knows is assigned or recused. Members appear here after their first visit.</p>
          ) : (
            <>
              <fieldset className="choices">
                <legend>Committee members</legend>
                {free.map((m) => (
                  <label key={m.userId}>
                    <input
                      type="checkbox"
                      checked={picked.includes(m.userId)}
                      onChange={(event) =>
                        setPicked(event.target.checked ? [...picked, m.userId] : picked.filter((p) => p !== m.userId))
                      }
                    />{' '}
                    {m.name}
                  </label>
                ))}
              </fieldset>
              <button type="button" disabled={picked.length === 0 || step.busy} onClick={assign}>
                {step.busy ? 'Assigning…' : 'Assign selected'}
              </button>
            </>
          );
        }}
      </Async>
      {results.length > 0 && (
        <ul className="plain-list" aria-label="Assignment results">
          {results.map((r) => (
            <li key={r.memberId}>
              {names.get(r.memberId) ?? r.memberId}:{' '}
              {r.outcome === 'RECUSED' ? 'recused (a conflict is on record), not assigned' : label(r.outcome)}
            </li>
          ))}
        </ul>
      )}
      {step.failure && <ProblemMessage problem={step.failure} />}
    </div>
  );
}

function DeclareConflict({ dossierId, name, onRecused }: { dossierId: string; name: string; onRecused: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const step = useStep(() => onRecused(`You are recused from ${name}'s dossier; it is no longer shown to you.`));
  const errors = fieldMessages(step.failure);
  if (!open) {
    return (
      <p>
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          Declare a conflict of interest
        </button>
      </p>
    );
  }
  return (
    <form
      className="dossier-step"
      onSubmit={(event) => {
        event.preventDefault();
        void step.run(() => postJson(`${API}/dossiers/${dossierId}/conflict`, { reason: reason.trim() }));
      }}
    >
      <Field label="Why you should not review this dossier" error={errors.reason}>
        {(props) => <textarea {...props} rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <p className="muted">Once recused you no longer see this dossier and cannot vote on it.</p>
      <button type="submit" disabled={!reason.trim() || step.busy}>
        {step.busy ? 'Recording…' : 'Recuse me'}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {step.failure && <ProblemMessage problem={step.failure} />}
    </form>
  );
}

function Letters({ view, chair, reload }: { view: CommitteeView; chair: boolean; reload: () => void }) {
  const withdraw = useStep(reload);
  if (view.letters.length === 0) {
    return <p>No letter has been requested.</p>;
  }
  return (
    <>
      <table>
        <caption className="visually-hidden">Letters</caption>
        <thead>
          <tr>
            <th scope="col">Writer</th>
            <th scope="col">Deadline</th>
            <th scope="col">Status</th>
            <th scope="col">Letter</th>
          </tr>
        </thead>
        <tbody>
          {view.letters.map((letter) => (
            <tr key={letter.id}>
              <td>
                {letter.writerName}
                <span className="evidence-details">{letter.writerEmail}</span>
                {letter.conflict && <span className="flag">Flagged: {letter.conflict}</span>}
              </td>
              <td>{day(letter.deadline)}</td>
              <td>
                <span className={`badge letter-${letter.status.toLowerCase()}`}>{label(letter.status)}</span>
                {letter.receivedAt && <span className="evidence-details">{when(letter.receivedAt)}</span>}
                {letter.remindersSent.length > 0 && (
                  <span className="evidence-details">reminded {letter.remindersSent.join(', ')} day(s) before</span>
                )}
              </td>
              <td>
                {letter.text ? (
                  <details>
                    <summary>Read the letter</summary>
                    <p className="letter-text">{letter.text}</p>
                  </details>
                ) : chair && (letter.status === 'REQUESTED' || letter.status === 'OVERDUE') && view.status !== 'DECIDED' ? (
                  <button
                    type="button"
                    className="secondary"
                    disabled={withdraw.busy}
                    onClick={() => withdraw.run(() => postJson(`${API}/dossiers/${view.id}/letters/${letter.id}/withdraw`, {}))}
                  >
                    Withdraw request
                  </button>
                ) : (
                  <span className="muted">–</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {withdraw.failure && <ProblemMessage problem={withdraw.failure} />}
    </>
  );
}

function RequestLetter({ dossierId, reload }: { dossierId: string; reload: () => void }) {
  const empty = { writerName: '', writerEmail: '', deadline: '' };
  const [request, setRequest] = useState(empty);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [sent, setSent] = useState('');
  const step = useStep(reload);
  const errors = { ...fieldMessages(step.failure), ...checked };
  const send = async () => {
    const problems = letterRequestErrors(request);
    setChecked(problems);
    setSent('');
    if (Object.keys(problems).length > 0) {
      return;
    }
    let answer: { conflict?: string | null } = {};
    const ok = await step.run(async () => {
      answer = await postJson(`${API}/dossiers/${dossierId}/letters`, {
        writerName: request.writerName.trim(),
        writerEmail: request.writerEmail.trim(),
        deadline: deadlineOf(request.deadline),
      });
    });
    if (ok) {
      setSent(
        `Invitation e-mailed to ${request.writerName.trim()}.` + (answer.conflict ? ` Flagged: ${answer.conflict}.` : ''),
      );
      setRequest(empty);
    }
  };
  return (
    <form
      className="dossier-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h3>Request a letter</h3>
      <div className="inline-form">
        <Field label="Writer's name" error={errors.writerName}>
          {(props) => <input {...props} value={request.writerName} onChange={(e) => setRequest({ ...request, writerName: e.target.value })} />}
        </Field>
        <Field label="Writer's e-mail" error={errors.writerEmail}>
          {(props) => (
            <input {...props} type="email" value={request.writerEmail} onChange={(e) => setRequest({ ...request, writerEmail: e.target.value })} />
          )}
        </Field>
        <Field label="Deadline" error={errors.deadline}>
          {(props) => <input {...props} type="date" value={request.deadline} onChange={(e) => setRequest({ ...request, deadline: e.target.value })} />}
        </Field>
        <button type="submit" disabled={step.busy}>
          {step.busy ? 'Sending…' : 'Send invitation'}
        </button>
      </div>
      <p className="muted">The writer gets a personal upload link by e-mail and needs no account.</p>
      <p role="status" aria-live="polite">
        {sent}
      </p>
      {step.failure && <ProblemMessage problem={step.failure} />}
    </form>
  );
}

/** The audit trail, for the chair and admins; `version` reloads it whenever the dossier changes. */
function Audit({ dossierId, version }: { dossierId: string; version: unknown }) {
  const [audit, reload] = useResource(() => call<AuditEntry[]>(`${API}/dossiers/${dossierId}/audit`), [dossierId, version]);
  return (
    <Card id="audit-heading" title="Audit trail" wide>
      <Async resource={audit} label="the audit trail" onRetry={reload}>
        {(entries) => (
          <details>
            <summary>{entries.length} recorded step(s)</summary>
            <ol className="audit">
              {entries.map((entry) => (
                <li key={entry.seq}>
                  <span className="muted">{when(entry.at)}</span> · {label(entry.action)}
                  {entry.detail && `: ${entry.detail}`}
                </li>
              ))}
            </ol>
          </details>
        )}
      </Async>
    </Card>
  );
}
