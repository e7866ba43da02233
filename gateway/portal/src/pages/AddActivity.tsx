import { useState } from 'react';
import { postJson } from '../api';
import { Field, SelectField } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { useSubmit } from '../useSubmit';
import { activityRequest, ActivityForm, EMPTY_ACTIVITY, Kind, validateActivity } from '../validation';
import { LEADERSHIP_ROLES } from '../vocabulary';

const KINDS: Kind[] = ['TEACHING', 'LEADERSHIP', 'AWARD'];
const LEARNER_LEVELS = ['MEDICAL_STUDENT', 'RESIDENT', 'FELLOW', 'FACULTY', 'INTERPROFESSIONAL'];
const LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL'];
const ROLES = LEADERSHIP_ROLES;
const AWARD_KINDS = ['STUDENT_VOTED_TEACHING', 'INSTITUTIONAL_TEACHING', 'EDUCATION_SOCIETY', 'SCHOLARSHIP', 'OTHER'];

/** Records one activity by kind; scholarship comes in through the import below, which fills its details in. */
export function AddActivity({ onRecorded }: { onRecorded: () => void }) {
  const [form, setForm] = useState<ActivityForm>(EMPTY_ACTIVITY);
  const change = (field: keyof ActivityForm) => (value: string) => setForm({ ...form, [field]: value });
  const set = (field: keyof ActivityForm) => (event: { target: { value: string } }) => change(field)(event.target.value);
  const { errors, failure, saving, submit } = useSubmit(
    () => validateActivity(form, new Date().toISOString().slice(0, 10)),
    async () => {
      await postJson('/api/portfolio/activities', activityRequest(form));
      setForm({ ...EMPTY_ACTIVITY, kind: form.kind });
      onRecorded();
    },
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-heading">
      <h3 id="add-heading">Record an activity</h3>
      {failure && <ProblemMessage problem={failure} />}
      <SelectField label="Kind" value={form.kind} values={KINDS} onChange={change('kind')} />
      <Field label="Title" error={errors.title}>
        {(props) => <input {...props} value={form.title} onChange={set('title')} maxLength={300} />}
      </Field>
      <Field label="Date" error={errors.occurredOn}>
        {(props) => <input {...props} type="date" value={form.occurredOn} onChange={set('occurredOn')} />}
      </Field>
      {form.kind === 'TEACHING' && (
        <>
          <Field label="Hours" error={errors['teaching.hours']}>
            {(props) => <input {...props} inputMode="decimal" value={form.hours} onChange={set('hours')} />}
          </Field>
          <SelectField label="Learners" value={form.learnerLevel} values={LEARNER_LEVELS} onChange={change('learnerLevel')} />
          <Field label="Number of learners (optional)" error={errors['teaching.learnerCount']}>
            {(props) => (
              <input {...props} inputMode="numeric" value={form.learnerCount} onChange={set('learnerCount')} />
            )}
          </Field>
        </>
      )}
      {form.kind === 'LEADERSHIP' && (
        <>
          <SelectField label="Role" value={form.role} values={ROLES} onChange={change('role')} />
          <Field label="Scope" error={errors['leadership.scope']}>
            {(props) => <input {...props} value={form.scope} onChange={set('scope')} />}
          </Field>
        </>
      )}
      {form.kind === 'AWARD' && (
        <>
          <SelectField label="Award" value={form.awardKind} values={AWARD_KINDS} onChange={change('awardKind')} />
          <Field label="Awarded by" error={errors['award.awardedBy']}>
            {(props) => <input {...props} value={form.awardedBy} onChange={set('awardedBy')} />}
          </Field>
        </>
      )}
      {form.kind !== 'TEACHING' && (
        <SelectField label="Reach" value={form.level} values={LEVELS} onChange={change('level')} />
      )}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Record activity'}
      </button>
    </form>
  );
}
