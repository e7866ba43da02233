import { Field } from '../../components/Field';

/** A checkbox inside its label, so the words are the control's name and a click target. */
export function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

interface TextProps {
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

export function LineField({ label, value, error, onChange }: TextProps) {
  return (
    <Field label={label} error={error}>
      {(props) => <input {...props} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

export function TextField({ label, value, error, onChange }: TextProps) {
  return (
    <Field label={label} error={error}>
      {(props) => <textarea {...props} rows={3} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
