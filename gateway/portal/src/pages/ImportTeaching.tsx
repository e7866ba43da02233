import { FormEvent, useState } from 'react';
import { postFile } from '../api';
import { Field } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { Table } from '../components/Table';
import { Problem } from '../problem';
import { asProblem } from '../useResource';
import { validateCsv } from '../validation';

/** Teaching evaluations from a CSV file: all rows stored, or none and every row error listed to fix. */
export function ImportTeaching({ onRecorded }: { onRecorded: () => void }) {
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<Problem>();
  const [uploading, setUploading] = useState(false);
  const [recorded, setRecorded] = useState<number>();

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateCsv(file);
    setError(invalid);
    setFailure(undefined);
    setRecorded(undefined);
    if (invalid || !file) {
      return;
    }
    setUploading(true);
    try {
      const result = await postFile<{ recorded: number }>('/api/portfolio/imports/teaching-evaluations', file);
      setRecorded(result.recorded);
      onRecorded();
    } catch (e) {
      setFailure(asProblem(e));
    } finally {
      setUploading(false);
    }
  };

  return (
    <form onSubmit={upload} noValidate aria-labelledby="csv-heading">
      <h3 id="csv-heading">Import teaching evaluations (CSV)</h3>
      <p className="muted">
        Columns: date, session, learner_level, hours, mean, scale; optional learner_count, respondents, comments.
      </p>
      <Field label="CSV file" error={error}>
        {(props) => <input {...props} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0])} />}
      </Field>
      <button type="submit" disabled={uploading}>
        {uploading ? 'Uploading…' : 'Upload'}
      </button>
      {uploading && <progress aria-label="Uploading the file" />}
      {recorded !== undefined && <p role="status">{recorded} teaching session(s) recorded.</p>}
      {failure && <ProblemMessage problem={failure} />}
      {failure?.rowErrors && (
        <Table
          caption="Rows to correct"
          rows={failure.rowErrors}
          rowKey={(row) => `${row.row}:${row.column ?? ''}:${row.message}`}
          empty=""
          columns={[
            { header: 'Row', cell: (row) => row.row },
            { header: 'Column', cell: (row) => row.column ?? '' },
            { header: 'Problem', cell: (row) => row.message },
          ]}
        />
      )}
    </form>
  );
}
