import { FormEvent, useState } from 'react';
import { call, postJson } from '../../api';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { fieldMessages, Problem } from '../../problem';
import { asProblem } from '../../useResource';
import { API, Application, CvSnapshot, dateTime, STAGE_TEXT } from './jobs';

type Step = { at: 'editing' } | { at: 'freezing' } | { at: 'sending'; snapshot: CvSnapshot } | { at: 'sent'; receipt: Application };

const MAX_LETTER = 10_000;

/**
 * Applying freezes the portfolio's med-ed CV as it reads now (a snapshot the application refers to, so later edits
 * do not change what was sent), then sends the application with it. Two calls, each shown as it runs.
 */
export function ApplyForm({ postingId, postingTitle, onApplied }: {
  postingId: string;
  postingTitle: string;
  onApplied: (application: Application) => void;
}) {
  const [letter, setLetter] = useState('');
  const [letterError, setLetterError] = useState<string>();
  const [step, setStep] = useState<Step>({ at: 'editing' });
  const [failure, setFailure] = useState<Problem>();

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    if (!letter.trim()) {
      setLetterError('Write a few lines on why this role');
      return;
    }
    setLetterError(undefined);
    setFailure(undefined);
    try {
      setStep({ at: 'freezing' });
      const snapshot = await call<CvSnapshot>(API.cvSnapshots, { method: 'POST' });
      setStep({ at: 'sending', snapshot });
      const receipt = await postJson<Application>(API.applications, {
        postingId,
        coverLetter: letter,
        cvSnapshotId: snapshot.id,
      });
      setStep({ at: 'sent', receipt });
      onApplied(receipt);
    } catch (error) {
      setFailure(asProblem(error));
      setStep({ at: 'editing' });
    }
  };

  if (step.at === 'sent') {
    return (
      <div className="job-receipt" role="status" aria-live="polite">
        <h4>Application sent</h4>
        <p>
          {postingTitle}: <strong>{STAGE_TEXT[step.receipt.stage]}</strong> on {dateTime(step.receipt.submittedAt)}.
        </p>
        <p>
          <a href={API.cvSnapshot(step.receipt.cvSnapshotId)} download>
            The CV you sent (PDF)
          </a>
        </p>
      </div>
    );
  }
  const busy = step.at !== 'editing';
  const serverErrors = fieldMessages(failure);
  return (
    <form onSubmit={apply} noValidate aria-label={`Apply: ${postingTitle}`}>
      <Field label="Cover letter" error={letterError ?? serverErrors.coverLetter}>
        {(props) => (
          <textarea
            {...props}
            rows={6}
            maxLength={MAX_LETTER}
            value={letter}
            onChange={(e) => setLetter(e.target.value)}
            disabled={busy}
          />
        )}
      </Field>
      <p className="muted">
        Your medical-education CV is attached as it reads now in your portfolio (private fields such as income are never
        included).
      </p>
      {failure && <ProblemMessage problem={failure} />}
      <div className="inline-form">
        <button type="submit" disabled={busy}>
          {busy ? 'Applying…' : 'Apply with my CV'}
        </button>
        {busy && (
          <span role="status" aria-live="polite" className="job-progress">
            <progress max={2} value={step.at === 'freezing' ? 1 : 2} aria-label="Application progress" />
            {step.at === 'freezing' ? 'Freezing your CV…' : 'Sending your application…'}
          </span>
        )}
      </div>
    </form>
  );
}
