import { FormEvent, useState } from 'react';
import { call, postJson } from '../../api';
import { Async } from '../../components/Async';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { fieldMessages, Problem } from '../../problem';
import { asProblem, useResource } from '../../useResource';
import { label } from '../Dashboard';
import { BarChart } from './BarChart';
import { Figures } from './Figures';
import {
  criteriaRequest,
  CriteriaBody,
  CriteriaView,
  EVIDENCE_KINDS,
  importanceShares,
  LEADERSHIP_ROLES,
  leadershipOnly,
  newRequirement,
  numberOrNull,
  Preview,
  previewSummary,
  REQUIREMENT_TYPES,
  RequirementDraft,
  SCHOLARSHIP_TYPES,
  scholarshipOnly,
  THRESHOLD_LABELS,
  toggle,
  validateCriteria,
  VENUE_LEVELS,
  WEIGHT_LABELS,
} from './criteria';

const BASE = '/api/promotion-review/admin/criteria';

function lineName(line: { track: string; targetRank: string }): string {
  return `${label(line.track)} → ${label(line.targetRank)}`;
}

/** Promotion criteria per track and target rank: pick a line, edit it, see who it would move, then publish. */
export function CriteriaEditor() {
  const [lines, reload] = useResource(() => call<CriteriaView[]>(BASE));
  const [chosen, setChosen] = useState<string>();
  return (
    <section className="card wide" aria-labelledby="criteria-heading">
      <h2 id="criteria-heading">Promotion criteria</h2>
      <Async resource={lines} label="criteria" onRetry={reload}>
        {(all) => {
          if (all.length === 0) {
            return <p>Your institution has no criteria yet.</p>;
          }
          const key = chosen ?? `${all[0].track}/${all[0].targetRank}`;
          return (
            <>
              <Field label="Criteria line">
                {(props) => (
                  <select {...props} value={key} onChange={(event) => setChosen(event.target.value)}>
                    {all.map((line) => (
                      <option key={`${line.track}/${line.targetRank}`} value={`${line.track}/${line.targetRank}`}>
                        {lineName(line)} (version {line.version}, {line.source === 'DEFAULT' ? 'defaults' : 'yours'})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <LineEditor key={key} path={key} onPublished={reload} />
            </>
          );
        }}
      </Async>
    </section>
  );
}

type Phase = 'editing' | 'previewing' | 'publishing';

function LineEditor({ path, onPublished }: { path: string; onPublished: () => void }) {
  const [current, reload] = useResource(() => call<CriteriaView>(`${BASE}/${path}`), [path]);
  return (
    <Async resource={current} label="the current version" onRetry={reload}>
      {(view) => <DraftEditor key={view.version} view={view} path={path} onPublished={onPublished} />}
    </Async>
  );
}

function DraftEditor({ view, path, onPublished }: { view: CriteriaView; path: string; onPublished: () => void }) {
  const [draft, setDraft] = useState<CriteriaBody>(view.criteria);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Problem>();
  const [preview, setPreview] = useState<Preview>();
  const [phase, setPhase] = useState<Phase>('editing');
  const [status, setStatus] = useState('');
  const [newType, setNewType] = useState<string>(REQUIREMENT_TYPES[0]);

  // Any edit makes the last preview stale: publishing is only offered for what was previewed.
  const edit = (next: CriteriaBody) => {
    setDraft(next);
    setPreview(undefined);
  };
  const editRequirement = (index: number, change: Partial<RequirementDraft>) =>
    edit({ ...draft, requirements: draft.requirements.map((r, i) => (i === index ? { ...r, ...change } : r)) });

  const send = async (kind: 'preview' | 'publish') => {
    const found = validateCriteria(draft);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      setStatus('Correct the marked fields first.');
      return;
    }
    setPhase(kind === 'preview' ? 'previewing' : 'publishing');
    setStatus(kind === 'preview' ? 'Assessing every faculty member against the draft…' : 'Publishing…');
    try {
      if (kind === 'preview') {
        const result = await postJson<Preview>(`${BASE}/${path}/preview`, criteriaRequest(draft));
        setPreview(result);
        setStatus(previewSummary(result));
      } else {
        const published = await postJson<CriteriaView>(`${BASE}/${path}/versions`, criteriaRequest(draft));
        setStatus(`Version ${published.version} published; readiness is being reassessed.`);
        onPublished();
      }
    } catch (error) {
      const problem = asProblem(error);
      setErrors(fieldMessages(problem));
      setFailure(problem);
      setStatus('');
    } finally {
      setPhase('editing');
    }
  };

  const cancel = () => {
    setDraft(view.criteria);
    setPreview(undefined);
    setErrors({});
    setFailure(undefined);
    setStatus('Changes discarded.');
  };

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    void send('preview');
  };

  const busy = phase !== 'editing';
  return (
    <form onSubmit={onPreview} noValidate aria-describedby="criteria-version" className="criteria-form">
      <p id="criteria-version" className="muted">
        Editing version {view.version} of {lineName(view)}
        {view.publishedAt
          ? `, published ${new Date(view.publishedAt).toLocaleDateString()}`
          : ', the Pathway defaults (never published by your institution)'}
        . Publishing makes version {view.version + 1}; earlier versions stay as they were.
      </p>
      {failure && <ProblemMessage problem={failure} />}
      {errors.requirements && <p className="field-error">{errors.requirements}</p>}

      <h3>Requirements</h3>
      <BarChart
        title="Each requirement's share of the coverage score"
        bars={importanceShares(draft.requirements).map((share) => ({
          label: share.label,
          value: Math.round(share.share),
          text: `${Math.round(share.share)}%`,
        }))}
        max={100}
      />
      {draft.requirements.map((requirement, index) => (
        <RequirementEditor
          key={index}
          index={index}
          requirement={requirement}
          errors={errors}
          onChange={(change) => editRequirement(index, change)}
          onRemove={() => edit({ ...draft, requirements: draft.requirements.filter((_, i) => i !== index) })}
        />
      ))}
      <div className="inline-form">
        <Field label="New requirement type">
          {(props) => (
            <select {...props} value={newType} onChange={(event) => setNewType(event.target.value)}>
              {REQUIREMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {label(type)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="button"
          className="secondary"
          onClick={() => edit({ ...draft, requirements: [...draft.requirements, newRequirement(newType, draft.requirements)] })}
        >
          Add requirement
        </button>
      </div>

      <details className="criteria-knobs">
        <summary>Evidence weights</summary>
        <NumberGrid
          group="weights"
          labels={WEIGHT_LABELS}
          values={draft.weights}
          errors={errors}
          onChange={(name, value) => edit({ ...draft, weights: { ...draft.weights, [name]: value } })}
        />
      </details>
      <details className="criteria-knobs" open={Object.keys(errors).some((key) => key.startsWith('thresholds.'))}>
        <summary>Scoring thresholds</summary>
        <NumberGrid
          group="thresholds"
          labels={THRESHOLD_LABELS}
          values={draft.thresholds}
          errors={errors}
          onChange={(name, value) => edit({ ...draft, thresholds: { ...draft.thresholds, [name]: value } })}
        />
      </details>

      <p role="status" aria-live="polite" className="criteria-status">
        {busy && <span className="spinner" aria-hidden="true" />}
        {status}
      </p>
      {preview && <ImpactPreview preview={preview} />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {phase === 'previewing' ? 'Previewing…' : 'Preview impact'}
        </button>
        <button type="button" disabled={busy || !preview} onClick={() => void send('publish')}>
          {phase === 'publishing' ? 'Publishing…' : `Publish version ${view.version + 1}`}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={cancel}>
          Cancel changes
        </button>
      </div>
      {!preview && <p className="muted">Preview the impact to publish: you see whom the change moves first.</p>}
    </form>
  );
}

function RequirementEditor({
  index,
  requirement,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  requirement: RequirementDraft;
  errors: Record<string, string>;
  onChange: (change: Partial<RequirementDraft>) => void;
  onRemove: () => void;
}) {
  const path = `requirements[${index}]`;
  const error = (field: string) =>
    errors[`${path}.${field}`] ??
    Object.entries(errors).find(([key]) => key.startsWith(`${path}.${field}[`))?.[1];
  const number = (field: keyof RequirementDraft) => (event: { target: { value: string } }) =>
    onChange({ [field]: numberOrNull(event.target.value) } as Partial<RequirementDraft>);
  const text = (field: keyof RequirementDraft) => (event: { target: { value: string } }) =>
    onChange({ [field]: event.target.value } as Partial<RequirementDraft>);
  const name = requirement.labelMany || requirement.id || `requirement ${index + 1}`;
  return (
    <fieldset className="requirement-editor">
      <legend>
        {index + 1}. {name} <span className="muted">({label(requirement.type)})</span>
      </legend>
      {errors[path] && <p className="field-error">{errors[path]}</p>}
      <div className="field-row">
        <Field label="Target" error={error('atLeast')}>
          {(props) => (
            <input
              {...props}
              type="number"
              min={1}
              value={requirement.atLeast ?? ''}
              onChange={number('atLeast')}
            />
          )}
        </Field>
        <Field label="Importance (0–100)" error={error('importance')}>
          {(props) => (
            <input {...props} type="number" min={0} max={100} value={requirement.importance ?? ''} onChange={number('importance')} />
          )}
        </Field>
        {scholarshipOnly(requirement) && (
          <Field label="Of which first or senior author" error={error('atLeastFirstOrSenior')}>
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                value={requirement.atLeastFirstOrSenior ?? ''}
                onChange={number('atLeastFirstOrSenior')}
              />
            )}
          </Field>
        )}
      </div>
      <div className="field-row">
        <Field label="Name for one" error={error('labelOne')}>
          {(props) => <input {...props} value={requirement.labelOne} onChange={text('labelOne')} />}
        </Field>
        <Field label="Name for several" error={error('labelMany')}>
          {(props) => <input {...props} value={requirement.labelMany} onChange={text('labelMany')} />}
        </Field>
        <Field label="Id" error={error('id')}>
          {(props) => <input {...props} value={requirement.id} onChange={text('id')} />}
        </Field>
      </div>
      {requirement.type === 'EVIDENCE_COUNT' && (
        <>
          <Choices
            legend="Counts evidence of kind"
            options={EVIDENCE_KINDS}
            chosen={requirement.kinds}
            error={error('kinds')}
            onChange={(kinds) => onChange({ kinds })}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={requirement.onNiche === true}
              onChange={(event) => onChange({ onNiche: event.target.checked })}
            />
            Only on the candidate's niche
          </label>
          {error('onNiche') && <p className="field-error">{error('onNiche')}</p>}
          {scholarshipOnly(requirement) && (
            <>
              <Choices
                legend="Scholarship types (none chosen: any)"
                options={SCHOLARSHIP_TYPES}
                chosen={requirement.scholarshipTypes}
                error={error('scholarshipTypes')}
                onChange={(scholarshipTypes) => onChange({ scholarshipTypes })}
              />
              <label className="check">
                <input
                  type="checkbox"
                  checked={requirement.peerReviewedOnly === true}
                  onChange={(event) => onChange({ peerReviewedOnly: event.target.checked })}
                />
                Peer-reviewed only
              </label>
              <Field label="Lowest venue" error={error('minimumVenue')}>
                {(props) => (
                  <select
                    {...props}
                    value={requirement.minimumVenue ?? ''}
                    onChange={(event) => onChange({ minimumVenue: event.target.value || null })}
                  >
                    <option value="">any venue</option>
                    {VENUE_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {label(level)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          )}
        </>
      )}
      {(requirement.type === 'LEADERSHIP_ROLES' || leadershipOnly(requirement)) && (
        <Choices
          legend={requirement.type === 'LEADERSHIP_ROLES' ? 'Roles that count' : 'Roles that count (none chosen: any)'}
          options={LEADERSHIP_ROLES}
          chosen={requirement.leadershipRoles}
          error={error('leadershipRoles')}
          onChange={(leadershipRoles) => onChange({ leadershipRoles })}
        />
      )}
      <button type="button" className="secondary danger" onClick={onRemove}>
        Remove {name}
      </button>
    </fieldset>
  );
}

function Choices({
  legend,
  options,
  chosen,
  error,
  onChange,
}: {
  legend: string;
  options: string[];
  chosen: string[];
  error?: string;
  onChange: (chosen: string[]) => void;
}) {
  return (
    <fieldset className={error ? 'choices field-invalid' : 'choices'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            onChange={(event) => onChange(toggle(chosen, option, event.target.checked))}
          />
          {label(option)}
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}

function NumberGrid({
  group,
  labels,
  values,
  errors,
  onChange,
}: {
  group: string;
  labels: Record<string, string>;
  values: Record<string, number | null>;
  errors: Record<string, string>;
  onChange: (name: string, value: number | null) => void;
}) {
  return (
    <div className="number-grid">
      {Object.keys(labels).map((name) => (
        <Field key={name} label={labels[name]} error={errors[`${group}.${name}`]}>
          {(props) => (
            <input
              {...props}
              type="number"
              value={values[name] ?? ''}
              onChange={(event) => onChange(name, numberOrNull(event.target.value))}
            />
          )}
        </Field>
      ))}
    </div>
  );
}

/** Who the draft would move: the number assessed, how many change status, and each move as a bar. */
export function ImpactPreview({ preview }: { preview: Preview }) {
  return (
    <section className="impact" aria-labelledby="impact-heading">
      <h3 id="impact-heading">Impact preview</h3>
      <Figures
        items={[
          ['Faculty assessed', preview.candidates],
          ['Would change status', preview.wouldChangeStatus],
          ['Version', `${preview.currentVersion ?? '–'} → ${preview.proposedVersion}`],
        ]}
      />
      {preview.transitions.length > 0 ? (
        <BarChart
          title="Status changes the draft would make"
          bars={preview.transitions.map((move) => ({
            label: `${label(move.from)} → ${label(move.to)}`,
            value: move.candidates,
            tone: toneOf(move.to),
          }))}
          max={preview.candidates}
        />
      ) : (
        <p>No one’s readiness status would change.</p>
      )}
    </section>
  );
}

function toneOf(status: string): 'ready' | 'borderline' | 'not-ready' | 'accent' {
  switch (status) {
    case 'READY':
      return 'ready';
    case 'BORDERLINE':
      return 'borderline';
    case 'NOT_READY':
      return 'not-ready';
    default:
      return 'accent';
  }
}
