import { useState } from 'react';
import { call, postJson } from '../../api';
import { Async } from '../../components/Async';
import { Field, SelectField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Table } from '../../components/Table';
import { useAction, useResource } from '../../useResource';
import { useSubmit } from '../../useSubmit';
import { label } from '../Dashboard';
import {
  adminMoves,
  ANSWERS,
  EMPTY_POSTING,
  formOf,
  MISSION_TAGS,
  PostingForm,
  postingRequest,
  PostingView,
  ROLE_TYPES,
  validatePosting,
  WORKPLACES,
} from './postings';
import { toggle } from './criteria';

const BASE = '/api/job-posting/admin/postings';

interface Applicant {
  id: string;
  candidateName: string | null;
  candidateEmail: string | null;
  candidateInstitution: string | null;
  stage: string;
  coverLetter: string | null;
  submittedAt: string;
}

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; posting: PostingView };

/** The institution's postings: write drafts, publish and close them, and follow each posting's applicants. */
export function Postings() {
  const [postings, reload] = useResource(() => call<PostingView[]>(`${BASE}?size=100`));
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [open, setOpen] = useState<string>();
  const [failure, act] = useAction(reload);
  const [status, setStatus] = useState('');

  const lifecycle = (posting: PostingView, step: 'publish' | 'close') =>
    act(async () => {
      await postJson(`${BASE}/${posting.id}/${step}`, {});
      setStatus(`${posting.title} ${step === 'publish' ? 'published' : 'closed'}.`);
    });

  return (
    <>
      <section className="card wide" aria-labelledby="postings-heading">
        <div className="card-heading">
          <h2 id="postings-heading">Postings</h2>
          {editing.mode === 'closed' && (
            <button type="button" onClick={() => setEditing({ mode: 'new' })}>
              New posting
            </button>
          )}
        </div>
        <p role="status" aria-live="polite" className="muted">
          {status}
        </p>
        {failure && <ProblemMessage problem={failure} />}
        {editing.mode !== 'closed' && (
          <PostingEditor
            key={editing.mode === 'edit' ? editing.posting.id : 'new'}
            posting={editing.mode === 'edit' ? editing.posting : undefined}
            onDone={(saved) => {
              setEditing({ mode: 'closed' });
              if (saved) {
                setStatus(`${saved.title} saved as a draft.`);
                reload();
              }
            }}
          />
        )}
        <Async resource={postings} label="postings" onRetry={reload}>
          {(rows) => (
            <Table
              caption="Your institution's postings"
              rows={rows}
              rowKey={(row) => row.id}
              empty="No postings yet. Start one with New posting."
              columns={[
                { header: 'Title', cell: (row) => row.title },
                { header: 'Role', cell: (row) => row.roleLabel },
                { header: 'Status', cell: (row) => <span className={`badge posting-${row.status.toLowerCase()}`}>{label(row.status)}</span> },
                {
                  header: 'Transparency',
                  cell: (row) => (
                    <span title={row.transparency.missing.map((key) => ANSWERS[key] ?? key).join('\n')}>
                      {row.transparency.score} / {row.transparency.outOf} answered
                    </span>
                  ),
                },
                {
                  header: 'Actions',
                  cell: (row) => (
                    <div className="row-actions">
                      {row.status === 'DRAFT' && (
                        <>
                          <button type="button" className="secondary" onClick={() => setEditing({ mode: 'edit', posting: row })}>
                            Edit<span className="visually-hidden"> {row.title}</span>
                          </button>
                          <button type="button" onClick={() => void lifecycle(row, 'publish')}>
                            Publish<span className="visually-hidden"> {row.title}</span>
                          </button>
                        </>
                      )}
                      {row.status === 'PUBLISHED' && (
                        <button type="button" className="secondary" onClick={() => void lifecycle(row, 'close')}>
                          Close<span className="visually-hidden"> {row.title}</span>
                        </button>
                      )}
                      {row.status !== 'DRAFT' && (
                        <button
                          type="button"
                          className="secondary"
                          aria-expanded={open === row.id}
                          onClick={() => setOpen(open === row.id ? undefined : row.id)}
                        >
                          Applicants<span className="visually-hidden"> of {row.title}</span>
                        </button>
                      )}
                    </div>
                  ),
                },
              ]}
            />
          )}
        </Async>
      </section>
      {open && postings.state === 'loaded' && (
        <Applicants key={open} posting={postings.value.find((p) => p.id === open)!} />
      )}
    </>
  );
}

function PostingEditor({ posting, onDone }: { posting?: PostingView; onDone: (saved?: PostingView) => void }) {
  const [form, setForm] = useState<PostingForm>(posting ? formOf(posting) : EMPTY_POSTING);
  const set = (field: keyof PostingForm) => (event: { target: { value: string } }) =>
    setForm({ ...form, [field]: event.target.value });
  const { errors, failure, saving, submit } = useSubmit(
    () => validatePosting(form),
    async () =>
      onDone(
        posting
          ? await postJson<PostingView>(`${BASE}/${posting.id}`, postingRequest(form), 'PUT')
          : await postJson<PostingView>(BASE, postingRequest(form)),
      ),
  );

  const input = (name: keyof PostingForm, title: string, extra: Record<string, unknown> = {}) => (
    <Field label={title} error={errors[name as string]}>
      {(props) => <input {...props} {...extra} value={form[name] as string} onChange={set(name)} />}
    </Field>
  );
  const nested = (name: keyof PostingForm, path: string, title: string, extra: Record<string, unknown> = {}) => (
    <Field label={title} error={errors[path]}>
      {(props) => <input {...props} {...extra} value={form[name] as string} onChange={set(name)} />}
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="posting-form-heading" className="posting-form">
      <h3 id="posting-form-heading">{posting ? `Edit draft: ${posting.title}` : 'New posting'}</h3>
      {failure && <ProblemMessage problem={failure} />}
      <div className="field-row">
        {input('title', 'Title', { maxLength: 200 })}
        <SelectField label="Role type" value={form.roleType} values={ROLE_TYPES} onChange={(roleType) => setForm({ ...form, roleType })} />
      </div>
      <div className="field-row">
        {input('specialty', 'Specialty (optional)')}
        {input('department', 'Department (optional)')}
      </div>
      <Field label="Description (optional)" error={errors.description}>
        {(props) => <textarea {...props} rows={3} value={form.description} onChange={set('description')} />}
      </Field>
      <div className="field-row">
        {nested('locationText', 'location.text', 'Location')}
        <SelectField label="Workplace" value={form.workplace} values={WORKPLACES} onChange={(workplace) => setForm({ ...form, workplace })} />
      </div>
      <div className="field-row">
        {nested('clinicalMin', 'clinicalShare.min', 'Clinical share from (%)', { inputMode: 'decimal' })}
        {nested('clinicalMax', 'clinicalShare.max', 'Clinical share to (%)', { inputMode: 'decimal' })}
        {input('clinicalHalfDaysPerWeek', 'Clinical half-days a week', { inputMode: 'decimal' })}
      </div>
      <div className="field-row">
        {input('educationFte', 'Education FTE (0–1)', { inputMode: 'decimal' })}
        {input('protectedHoursPerWeek', 'Protected hours a week', { inputMode: 'decimal' })}
      </div>
      <div className="field-row">
        {nested('payMin', 'compensation.min', 'Pay from (a year)', { inputMode: 'numeric' })}
        {nested('payMax', 'compensation.max', 'Pay to (a year)', { inputMode: 'numeric' })}
        {nested('currency', 'compensation.currency', 'Currency', { maxLength: 3 })}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={form.nightsWeekends}
          onChange={(event) => setForm({ ...form, nightsWeekends: event.target.checked })}
        />
        Nights or weekends
      </label>
      <fieldset className="choices">
        <legend>Missions</legend>
        {MISSION_TAGS.map((tag) => (
          <label key={tag} className="check">
            <input
              type="checkbox"
              checked={form.missionTags.includes(tag)}
              onChange={(event) => setForm({ ...form, missionTags: toggle(form.missionTags, tag, event.target.checked) })}
            />
            {label(tag)}
          </label>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>The five questions candidates ask (answer them: transparency counts)</legend>
        {Object.entries(ANSWERS).map(([key, question]) => (
          <Field key={key} label={question} error={errors[`answers.${key}`]}>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                maxLength={2000}
                value={form.answers[key]}
                onChange={(event) => setForm({ ...form, answers: { ...form.answers, [key]: event.target.value } })}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save draft'}
        </button>
        <button type="button" className="secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Applicants({ posting }: { posting: PostingView }) {
  const [applicants, reload] = useResource(
    () => call<Applicant[]>(`/api/job-posting/admin/postings/${posting.id}/applications?size=200`),
    [posting.id],
  );
  const [failure, act] = useAction(reload);
  const move = (applicant: Applicant, stage: string) =>
    act(() => postJson(`/api/job-posting/admin/applications/${applicant.id}/stage`, { stage }));
  return (
    <section className="card wide" aria-labelledby="applicants-heading">
      <h2 id="applicants-heading">Applicants: {posting.title}</h2>
      {failure && <ProblemMessage problem={failure} />}
      <Async resource={applicants} label="applicants" onRetry={reload}>
        {(rows) => (
          <Table
            caption={`Applicants of ${posting.title}`}
            rows={rows}
            rowKey={(row) => row.id}
            empty="No one has applied yet."
            columns={[
              { header: 'Candidate', cell: (row) => row.candidateName ?? row.candidateEmail ?? 'Candidate' },
              { header: 'From', cell: (row) => row.candidateInstitution ?? '' },
              { header: 'Applied', cell: (row) => new Date(row.submittedAt).toLocaleDateString() },
              { header: 'Stage', cell: (row) => label(row.stage) },
              {
                header: 'Move to',
                cell: (row) => (
                  <div className="row-actions">
                    {adminMoves(row.stage).map((stage) => (
                      <button
                        key={stage}
                        type="button"
                        className={stage === 'REJECTED' ? 'secondary danger' : 'secondary'}
                        onClick={() => void move(row, stage)}
                      >
                        {label(stage)}
                        <span className="visually-hidden"> {row.candidateName ?? ''}</span>
                      </button>
                    ))}
                  </div>
                ),
              },
            ]}
          />
        )}
      </Async>
    </section>
  );
}
