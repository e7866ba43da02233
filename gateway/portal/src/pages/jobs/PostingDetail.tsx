import { useState } from 'react';
import { call } from '../../api';
import { Async } from '../../components/Async';
import { useResource } from '../../useResource';
import { ApplyForm } from './ApplyForm';
import { ClinicalTimeChart } from './ClinicalTimeChart';
import { API, Application, canWithdraw, MISSIONS, money, Posting, QUESTIONS, STAGE_TEXT, TRAINING } from './jobs';
import { TransparencyBadge } from './TransparencyBadge';

const words = (kinds: string[]) => kinds.map((kind) => TRAINING[kind] ?? kind).join(' or ');

/** One posting in full: its figures, the five questions (answered or still to ask), and applying to it. */
export function PostingDetail({ postingId, application, onApplied, onClose }: {
  postingId: string;
  application?: Application;
  onApplied: (application: Application) => void;
  onClose: () => void;
}) {
  const [posting, reload] = useResource(() => call<Posting>(API.posting(postingId)), [postingId]);
  return (
    <section className="card wide job-detail" aria-labelledby="job-detail-heading" tabIndex={-1} id="job-detail">
      <div className="card-heading">
        <h2 id="job-detail-heading">Posting</h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      <Async resource={posting} label="the posting" onRetry={reload}>
        {(p) => <Detail posting={p} application={application} onApplied={onApplied} />}
      </Async>
    </section>
  );
}

function Detail({ posting, application, onApplied }: {
  posting: Posting;
  application?: Application;
  onApplied: (application: Application) => void;
}) {
  // Applied here: the form keeps showing its receipt when the refreshed applications list arrives.
  const [appliedHere, setAppliedHere] = useState(false);
  const open = application && canWithdraw(application.stage) && !appliedHere ? application : undefined;
  return (
    <article aria-label={posting.title}>
      <h3>{posting.title}</h3>
      <p className="muted">
        {posting.roleLabel} · {posting.institution}
        {posting.department ? ` · ${posting.department}` : ''}
        {posting.specialty ? ` · ${posting.specialty}` : ''} · {posting.location.text} (
        {posting.location.workplace.toLowerCase().replace('_', ' ')})
      </p>
      <TransparencyBadge transparency={posting.transparency} />
      {posting.description && <p className="job-description">{posting.description}</p>}
      <ClinicalTimeChart
        thisRole={posting.clinicalTime.thisRole}
        typical={posting.clinicalTime.typical}
        roleLabel={posting.roleLabel}
      />
      <dl className="job-facts-list">
        <dt>Pay</dt>
        <dd>
          {money(posting.compensation.min, posting.compensation.currency)} –{' '}
          {money(posting.compensation.max, posting.compensation.currency)} a year
        </dd>
        <dt>Education FTE</dt>
        <dd>{posting.educationFte != null ? `${Math.round(posting.educationFte * 100)}% of one FTE` : 'Not stated'}</dd>
        <dt>Protected time</dt>
        <dd>{posting.protectedHoursPerWeek != null ? `${posting.protectedHoursPerWeek} hours a week` : 'Not stated'}</dd>
        <dt>Clinical half-days</dt>
        <dd>{posting.clinicalHalfDaysPerWeek != null ? `${posting.clinicalHalfDaysPerWeek} a week` : 'Not stated'}</dd>
        <dt>Nights and weekends</dt>
        <dd>{posting.nightsWeekends ? 'Yes' : 'None'}</dd>
        <dt>Education training</dt>
        <dd>
          {posting.training.required.length > 0 ? `Requires ${words(posting.training.required)}` : 'None required'}
          {posting.training.preferred.length > 0 ? `; prefers ${words(posting.training.preferred)}` : ''}
        </dd>
        {posting.missionTags.length > 0 && (
          <>
            <dt>Mission</dt>
            <dd>{posting.missionTags.map((tag) => MISSIONS[tag] ?? tag).join(', ')}</dd>
          </>
        )}
      </dl>
      <h4>The five questions to ask before signing</h4>
      <ul className="job-questions">
        {Object.entries(QUESTIONS).map(([key, question]) => {
          const answer = posting.answers?.[key]?.trim();
          const answered = posting.transparency.answered.includes(key);
          return (
            <li key={key} className={answered ? 'answered' : 'missing'}>
              <span className="visually-hidden">{answered ? 'Answered: ' : 'Not answered: '}</span>
              <strong>{question}</strong>{' '}
              {answer ? answer : answered ? 'Answered by the figures above.' : 'Not answered: ask before you sign.'}
            </li>
          );
        })}
      </ul>
      <h4>Apply</h4>
      {posting.status !== 'PUBLISHED' ? (
        <p>This posting is closed and takes no more applications.</p>
      ) : open ? (
        <p role="status">
          You applied on {new Date(open.submittedAt).toLocaleDateString('en-US')}: {STAGE_TEXT[open.stage]}.
        </p>
      ) : (
        <ApplyForm
          postingId={posting.id}
          postingTitle={posting.title}
          onApplied={(sent) => {
            setAppliedHere(true);
            onApplied(sent);
          }}
        />
      )}
    </article>
  );
}
