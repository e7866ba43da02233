import { FormEvent, useState } from 'react';
import { Field } from '../../components/Field';
import { ANSWER_FILTERS, MISSIONS, PostingFilter, ROLE_TYPES, TRAINING } from './jobs';

export interface Search {
  filter: PostingFilter;
  minimumIncome?: number;
}

interface Draft {
  roleType: string;
  clinicalShareAtMost: string;
  minimumPay: string;
  noNightsWeekends: boolean;
  mission: string;
  location: string;
  training: string[];
  answered: string[];
  protectedHoursAtLeast: string;
  minimumIncome: string;
}

function draftOf(search: Search): Draft {
  const f = search.filter;
  return {
    roleType: f.roleType ?? '',
    clinicalShareAtMost: f.clinicalShareAtMost?.toString() ?? '',
    minimumPay: f.minimumPay?.toString() ?? '',
    noNightsWeekends: Boolean(f.noNightsWeekends),
    mission: f.mission ?? '',
    location: f.location ?? '',
    training: f.training ?? [],
    answered: f.answered ?? [],
    protectedHoursAtLeast: f.protectedHoursAtLeast?.toString() ?? '',
    minimumIncome: search.minimumIncome?.toString() ?? '',
  };
}

/** The draft as a search, or the messages of the fields that do not make one. */
export function readDraft(draft: Draft): { search?: Search; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const number = (name: keyof Draft, text: string, max?: number) => {
    if (text.trim() === '') return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0 || (max !== undefined && value > max)) {
      errors[name] = max === undefined ? 'Enter an amount of 0 or more' : `Enter a number from 0 to ${max}`;
      return undefined;
    }
    return value;
  };
  const filter: PostingFilter = {
    roleType: draft.roleType || undefined,
    clinicalShareAtMost: number('clinicalShareAtMost', draft.clinicalShareAtMost, 100),
    minimumPay: number('minimumPay', draft.minimumPay),
    noNightsWeekends: draft.noNightsWeekends || undefined,
    mission: draft.mission || undefined,
    location: draft.location.trim() || undefined,
    training: draft.training.length > 0 ? draft.training : undefined,
    answered: draft.answered.length > 0 ? draft.answered : undefined,
    protectedHoursAtLeast: number('protectedHoursAtLeast', draft.protectedHoursAtLeast, 80),
  };
  const minimumIncome = number('minimumIncome', draft.minimumIncome);
  return Object.keys(errors).length > 0 ? { errors } : { search: { filter, minimumIncome }, errors };
}

/** The board's structured filters; a search runs on submit, and can be kept as a saved search with alerts. */
export function SearchForm({ initial, onSearch, onSave, saving }: {
  initial: Search;
  onSearch: (search: Search) => void;
  onSave: (name: string, search: Search) => void;
  saving: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const search = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft);
    setErrors(read.errors);
    if (read.search) onSearch(read.search);
  };
  const save = () => {
    const read = readDraft(draft);
    setErrors(read.errors);
    setNameError(name.trim() ? undefined : 'Name the search to save it');
    if (read.search && name.trim()) {
      onSave(name.trim(), read.search);
      setName('');
    }
  };
  const toggle = (key: 'training' | 'answered', value: string, on: boolean) =>
    set(key, on ? [...draft[key], value] : draft[key].filter((v) => v !== value));

  return (
    <form className="job-search" onSubmit={search} noValidate aria-labelledby="job-search-heading">
      <h2 id="job-search-heading">Find an education role</h2>
      <div className="job-filters">
        <ChoiceField label="Role" any="Any education role" choices={ROLE_TYPES} value={draft.roleType}
          onChange={(value) => set('roleType', value)} />
        <NumberField label="Clinical share at most (%)" error={errors.clinicalShareAtMost} max={100}
          value={draft.clinicalShareAtMost} onChange={(value) => set('clinicalShareAtMost', value)} />
        <NumberField label="Protected education hours a week, at least" error={errors.protectedHoursAtLeast} max={80}
          value={draft.protectedHoursAtLeast} onChange={(value) => set('protectedHoursAtLeast', value)} />
        <NumberField label="Pay reaching at least" error={errors.minimumPay} step={1000} value={draft.minimumPay}
          onChange={(value) => set('minimumPay', value)} />
        <ChoiceField label="Mission" any="Any mission" choices={MISSIONS} value={draft.mission}
          onChange={(value) => set('mission', value)} />
        <Field label="Location contains">
          {(props) => (
            <input {...props} value={draft.location} maxLength={100} onChange={(e) => set('location', e.target.value)} />
          )}
        </Field>
        <NumberField label="Your minimum income (for ranking only, never stored)" error={errors.minimumIncome}
          step={1000} value={draft.minimumIncome} onChange={(value) => set('minimumIncome', value)} />
      </div>
      <div className="job-checks">
        <label className="check">
          <input
            type="checkbox"
            checked={draft.noNightsWeekends}
            onChange={(e) => set('noNightsWeekends', e.target.checked)}
          />
          No nights or weekends
        </label>
        <Checks legend="Education training you hold" choices={TRAINING} checked={draft.training}
          onToggle={(kind, on) => toggle('training', kind, on)} />
        <Checks legend="The posting must say" choices={PROMISES} checked={draft.answered}
          onToggle={(question, on) => toggle('answered', question, on)} />
      </div>
      <div className="inline-form">
        <button type="submit">Search</button>
      </div>
      <div className="inline-form save-search">
        <Field label="Name this search" error={nameError}>
          {(props) => <input {...props} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <button type="button" className="secondary" onClick={save} disabled={saving}>
          {saving ? 'Saving…' : 'Save search and alert me'}
        </button>
      </div>
    </form>
  );
}

/** The two answers candidates most often lack until the offer letter. */
const PROMISES: Record<string, string> = {
  promotionAndSalary: `How education counts for promotion (${ANSWER_FILTERS.promotionAndSalary})`,
  scheduleControl: 'Who controls the schedule',
};

function Checks({ legend, choices, checked, onToggle }: {
  legend: string;
  choices: Record<string, string>;
  checked: string[];
  onToggle: (value: string, on: boolean) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {Object.entries(choices).map(([value, text]) => (
        <label className="check" key={value}>
          <input type="checkbox" checked={checked.includes(value)} onChange={(e) => onToggle(value, e.target.checked)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}

function NumberField({ label, error, value, onChange, max, step }: {
  label: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  max?: number;
  step?: number;
}) {
  return (
    <Field label={label} error={error}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode="decimal"
          min={0}
          max={max}
          step={step}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A choice among named constants, or none ("any"). */
function ChoiceField({ label, any, choices, value, onChange }: {
  label: string;
  any: string;
  choices: Record<string, string>;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{any}</option>
          {Object.entries(choices).map(([constant, text]) => (
            <option key={constant} value={constant}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
