import { useCallback, useState } from 'react';
import { call, postJson } from '../../api';
import { Async } from '../../components/Async';
import { SelectField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { STATUS_LABEL } from '../../gauge';
import { Problem } from '../../problem';
import { asProblem, useResource } from '../../useResource';
import { label } from '../Dashboard';
import { API, CandidateView, currentDossier, DossierSummary, TARGET_RANKS, TRACKS, when } from './dossier';
import { Card, EvidenceTable, StatusBadge, Timeline } from './parts';

/**
 * The candidate's promotion page: open a dossier, submit it (the receipt says what was frozen and when), follow it to
 * the decision. The API gives the candidate no reviewer, vote or letter, so neither does this page.
 */
export function MyPromotion() {
  const [mine, reload, refresh] = useResource(() => call<DossierSummary[]>(`${API}/dossiers`));
  return (
    <div className="grid promotion">
      <h1 className="visually-hidden">Promotion</h1>
      <Async resource={mine} label="your dossiers" onRetry={reload}>
        {(dossiers) => {
          const current = currentDossier(dossiers);
          const past = dossiers.filter((d) => d.viewer === 'CANDIDATE' && d.id !== current?.id);
          return (
            <>
              {current && <Dossier key={current.id} id={current.id} onChanged={refresh} />}
              {(!current || current.status === 'DECIDED') && <OpenDossier onOpened={refresh} />}
              {past.length > 0 && (
                <Card id="past-dossiers-heading" title="Earlier dossiers" wide>
                  <ul className="plain-list">
                    {past.map((d) => (
                      <li key={d.id}>
                        Toward {label(d.targetRank)}, {label(d.track)} track · opened {when(d.openedAt)} ·{' '}
                        <StatusBadge status={d.status} />
                      </li>
                    ))}
                  </ul>
                </Card>
              )}
            </>
          );
        }}
      </Async>
    </div>
  );
}

interface Readiness {
  track: string;
  targetRank: string;
}

function OpenDossier({ onOpened }: { onOpened: () => void }) {
  // The readiness report knows the candidate's track and next rank: the form starts from them.
  const [readiness] = useResource(() => call<Readiness>(`${API}/readiness/me`).catch(() => undefined));
  const [choice, setChoice] = useState<Partial<Readiness>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Problem>();
  const known = readiness.state === 'loaded' ? readiness.value : undefined;
  const track = choice.track ?? known?.track ?? TRACKS[0];
  const targetRank = choice.targetRank ?? known?.targetRank ?? 'ASSOCIATE';

  const open = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await postJson(`${API}/dossiers`, { track, targetRank });
      onOpened();
    } catch (error) {
      setFailure(asProblem(error));
      setBusy(false);
    }
  };

  return (
    <Card id="open-dossier-heading" title="Open your promotion dossier" wide>
      <p>
        Opening a dossier freezes nothing yet: keep adding to your portfolio. When you submit it, your evidence, the
        criteria in force and your readiness are frozen for the committee.
      </p>
      <div className="inline-form">
        <SelectField label="Track" value={track} values={[...TRACKS]} onChange={(value) => setChoice({ ...choice, track: value })} />
        <SelectField
          label="Target rank"
          value={targetRank}
          values={[...TARGET_RANKS]}
          onChange={(value) => setChoice({ ...choice, targetRank: value })}
        />
        <button type="button" onClick={open} disabled={busy}>
          {busy ? 'Opening…' : 'Open dossier'}
        </button>
      </div>
      {failure && <ProblemMessage problem={failure} />}
    </Card>
  );
}

function Dossier({ id, onChanged }: { id: string; onChanged: () => void }) {
  const [dossier, reload, refresh] = useResource(() => call<CandidateView>(`${API}/dossiers/${id}`), [id]);
  return (
    <Async resource={dossier} label="your dossier" onRetry={reload}>
      {(view) => <DossierCards view={view} reload={refresh} onChanged={onChanged} />}
    </Async>
  );
}

function DossierCards({ view, reload, onChanged }: { view: CandidateView; reload: () => void; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Problem>();
  const [announcement, setAnnouncement] = useState('');

  const submit = useCallback(async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await postJson(`${API}/dossiers/${view.id}/submit`, {});
      setAnnouncement('Your dossier was submitted. Your receipt is below.');
      setConfirming(false);
      reload();
      onChanged();
    } catch (error) {
      setFailure(asProblem(error));
    } finally {
      setBusy(false);
    }
  }, [view.id, reload, onChanged]);

  return (
    <>
      <Card id="dossier-heading" title="Your dossier" wide>
        <p className="dossier-line">
          Toward <strong>{label(view.targetRank)}</strong> on the {label(view.track)} track ·{' '}
          <StatusBadge status={view.status} />
        </p>
        <Timeline status={view.status} openedAt={view.openedAt} submittedAt={view.submittedAt} decidedAt={view.decidedAt} />
        <p className="muted">
          {view.chairName
            ? `Chair: ${view.chairName}. Ask them about the process.`
            : "No chair is appointed yet: your institution's admin appoints one."}
        </p>
        <p role="status" aria-live="polite" className="announcement">
          {announcement}
        </p>
        {view.outcome && (
          <p className={`decision decision-${view.outcome.toLowerCase()}`}>
            Decision: <strong>{label(view.outcome)}</strong>
            {view.decidedAt && `, on ${when(view.decidedAt)}`}
          </p>
        )}
        {view.status === 'OPEN' &&
          (confirming ? (
            <div className="confirm" role="group" aria-labelledby="confirm-submit">
              <p id="confirm-submit">
                Submit now? Your portfolio's evidence, the criteria in force and your readiness are frozen as they stand
                today; what you add later is not part of this dossier.
              </p>
              <button type="button" onClick={submit} disabled={busy}>
                {busy ? 'Submitting…' : 'Confirm submission'}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={busy}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Submit dossier
            </button>
          ))}
        {failure && <ProblemMessage problem={failure} />}
      </Card>
      {view.submittedAt && (
        <Card id="receipt-heading" title="Submission receipt" wide>
          <dl className="receipt">
            <dt>Submitted</dt>
            <dd>{when(view.submittedAt)}</dd>
            <dt>Criteria version</dt>
            <dd>{view.criteriaVersion ?? '–'}</dd>
            <dt>Readiness when submitted</dt>
            <dd>{view.readinessAtSubmission ? STATUS_LABEL[view.readinessAtSubmission] : '–'}</dd>
            <dt>Evidence frozen</dt>
            <dd>{view.evidence.length} item(s)</dd>
          </dl>
          <EvidenceTable evidence={view.evidence} caption="Evidence frozen at submission" />
          <button type="button" className="secondary" onClick={() => window.print()}>
            Print receipt
          </button>
        </Card>
      )}
      <Card id="letters-heading" title="Letters of evaluation" wide>
        <p>
          External letters are confidential to the committee: Pathway shows candidates neither who writes them nor how
          many were asked for. Your chair{view.chairName ? `, ${view.chairName},` : ''} can tell you whether the
          committee has what it needs.
        </p>
      </Card>
    </>
  );
}
