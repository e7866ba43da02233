import { useState } from 'react';
import { ListCard } from '../../components/ListCard';
import { Problem } from '../../problem';
import { Resource } from '../../useResource';
import { API, Application, canWithdraw, dateTime, STAGE_TEXT, STAGES, stageStep } from './jobs';

/** The hiring path as steps, the current one marked; an application that ended off the path says how. */
export function StageSteps({ stage }: { stage: Application['stage'] }) {
  const step = stageStep(stage);
  if (step < 0) {
    return <span className={`badge stage stage-${stage.toLowerCase()}`}>{STAGE_TEXT[stage]}</span>;
  }
  return (
    <ol className="stage-steps" aria-label={`Status: ${STAGE_TEXT[stage]}, step ${step + 1} of ${STAGES.length}`}>
      {STAGES.map((s, index) => (
        <li
          key={s}
          className={index < step ? 'done' : index === step ? 'current' : 'todo'}
          aria-current={index === step ? 'step' : undefined}
        >
          {STAGE_TEXT[s]}
        </li>
      ))}
    </ol>
  );
}

/** The candidate's applications and where each stands; an open one can be withdrawn after a confirmation. */
export function Applications({ applications, reload, failure, onWithdraw, onOpen }: {
  applications: Resource<Application[]>;
  reload: () => void;
  failure?: Problem;
  onWithdraw: (application: Application) => void;
  onOpen: (postingId: string) => void;
}) {
  const [confirming, setConfirming] = useState<string>();
  return (
    <ListCard
      id="applications-heading"
      title="Your applications"
      resource={applications}
      reload={reload}
      failure={failure}
      caption="Your applications, newest first"
      rowKey={(application) => application.id}
      empty="No applications yet."
      columns={[
        {
          header: 'Posting',
          cell: (a) => (
            <>
              <button type="button" className="link" onClick={() => onOpen(a.postingId)}>
                {a.postingTitle}
              </button>
              <br />
              <span className="muted">
                {a.postingInstitution} · sent {dateTime(a.submittedAt)} ·{' '}
              </span>
              <a href={API.cvSnapshot(a.cvSnapshotId)} download aria-label={`The CV you sent to ${a.postingTitle} (PDF)`}>
                CV sent
              </a>
            </>
          ),
        },
        {
          header: 'Status',
          cell: (a) => (
            <div className="application-status">
              <StageSteps stage={a.stage} />
              {canWithdraw(a.stage) &&
                (confirming === a.id ? (
                  <span className="row-actions">
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        setConfirming(undefined);
                        onWithdraw(a);
                      }}
                    >
                      {a.stage === 'OFFER' ? 'Decline the offer' : 'Yes, withdraw'}
                    </button>
                    <button type="button" className="secondary" onClick={() => setConfirming(undefined)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setConfirming(a.id)}
                    aria-label={`Withdraw ${a.postingTitle}`}
                  >
                    Withdraw
                  </button>
                ))}
            </div>
          ),
        },
      ]}
    />
  );
}
