import { FormEvent, useState } from 'react';
import { fieldMessages, Problem } from './problem';
import { asProblem } from './useResource';

/**
 * A form's submit: the client-side checks first (nothing is sent while any fails), then the write; a refusal shows
 * its field errors next to the fields and its message above the form.
 */
export function useSubmit(validate: () => Record<string, string>, send: () => Promise<void>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Problem>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      return;
    }
    setSaving(true);
    try {
      await send();
    } catch (error) {
      const problem = asProblem(error);
      setErrors(fieldMessages(problem));
      setFailure(problem);
    } finally {
      setSaving(false);
    }
  };

  return { errors, failure, saving, submit };
}
