import { FormEvent, useState } from 'react';
import { call, postFile, postJson } from '../api';
import { Field, SelectField } from '../components/Field';
import { ProblemMessage } from '../components/ProblemMessage';
import { Problem } from '../problem';
import { asProblem } from '../useResource';
import { IdentifierKind, validateIdentifier } from '../validation';

interface Candidate {
  source: string;
  title: string;
  occurredOn: string;
  type: string;
  authors: string[];
  venue: string;
  peerReviewed: boolean | null;
  doi: string | null;
  pmid: string | null;
  alreadyInPortfolio: boolean;
}

const IMPORTS = '/api/portfolio/imports/scholarship';
const IDENTIFIERS: { kind: IdentifierKind; label: string }[] = [
  { kind: 'doi', label: 'DOI' },
  { kind: 'pmid', label: 'PubMed id' },
  { kind: 'orcid', label: 'ORCID iD' },
];

/** Find works by identifier or BibTeX, then confirm each with what no source knows (authorship, theme, reach). */
export function ImportScholarship({ onRecorded }: { onRecorded: () => void }) {
  const [kind, setKind] = useState<IdentifierKind>('doi');
  const [identifier, setIdentifier] = useState('');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [candidates, setCandidates] = useState<Candidate[]>([]);

  const find = async (load: () => Promise<{ candidates: Candidate[] }>) => {
    setFailure(undefined);
    setBusy(true);
    try {
      setCandidates((await load()).candidates);
    } catch (e) {
      setCandidates([]);
      setFailure(asProblem(e));
    } finally {
      setBusy(false);
    }
  };

  const byIdentifier = (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateIdentifier(kind, identifier);
    setError(invalid);
    if (!invalid) {
      find(() => call(`${IMPORTS}?${kind}=${encodeURIComponent(identifier.trim())}`));
    }
  };

  const byBibtex = (file: File | undefined) => file && find(() => postFile(`${IMPORTS}/bibtex`, file));

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">Import scholarship</h3>
      <form onSubmit={byIdentifier} noValidate className="inline-form">
        <Field label="Identifier type">
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as IdentifierKind)}>
              {IDENTIFIERS.map((option) => (
                <option key={option.kind} value={option.kind}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Identifier" error={error}>
          {(props) => <input {...props} value={identifier} onChange={(e) => setIdentifier(e.target.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Find
        </button>
      </form>
      <Field label="Or a BibTeX file">
        {(props) => (
          <input {...props} type="file" accept=".bib,text/x-bibtex" onChange={(e) => byBibtex(e.target.files?.[0])} />
        )}
      </Field>
      {busy && (
        <p role="status" className="loading">
          Looking the work up…
        </p>
      )}
      {failure && <ProblemMessage problem={failure} />}
      {candidates.map((candidate, index) => (
        <Confirm
          key={(candidate.doi ?? candidate.pmid ?? candidate.title) + index}
          candidate={candidate}
          onConfirmed={() => {
            setCandidates(candidates.filter((c) => c !== candidate));
            onRecorded();
          }}
        />
      ))}
    </section>
  );
}

function Confirm({ candidate, onConfirmed }: { candidate: Candidate; onConfirmed: () => void }) {
  const [authorship, setAuthorship] = useState('FIRST');
  const [theme, setTheme] = useState('');
  const [venueLevel, setVenueLevel] = useState('NATIONAL');
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<Problem>();

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setError(theme.trim() ? undefined : 'Name the theme this work builds on');
    if (!theme.trim()) {
      return;
    }
    try {
      const { source: _source, alreadyInPortfolio: _known, ...work } = candidate;
      await postJson(`${IMPORTS}/confirmations`, { ...work, authorship, theme: theme.trim(), venueLevel });
      onConfirmed();
    } catch (e) {
      setFailure(asProblem(e));
    }
  };

  return (
    <form className="candidate" onSubmit={confirm} noValidate aria-label={`Confirm ${candidate.title}`}>
      <p>
        <strong>{candidate.title}</strong> · {candidate.venue} · {candidate.occurredOn}
        <br />
        <span className="muted">{candidate.authors.join(', ')}</span>
      </p>
      {candidate.alreadyInPortfolio ? (
        <p className="badge">Already in your portfolio</p>
      ) : (
        <>
          {failure && <ProblemMessage problem={failure} />}
          <SelectField label="Your authorship" value={authorship} values={['FIRST', 'SENIOR', 'MIDDLE', 'SOLE']} onChange={setAuthorship} />
          <Field label="Theme" error={error}>
            {(props) => <input {...props} value={theme} onChange={(e) => setTheme(e.target.value)} />}
          </Field>
          <SelectField label="Venue reach" value={venueLevel} values={['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL']} onChange={setVenueLevel} />
          <button type="submit">Add to portfolio</button>
        </>
      )}
    </form>
  );
}
