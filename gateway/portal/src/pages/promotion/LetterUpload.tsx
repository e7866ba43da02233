import { ChangeEvent, FormEvent, useEffect, useState } from 'react';
import { postJson } from '../../api';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Problem } from '../../problem';
import { asProblem } from '../../useResource';
import { API, uploadTokenOf } from './dossier';

const MAX_CHARS = 100_000;

/**
 * The external writer's page, reached from the invitation e-mail without an account: no sign-in, no call to /api/me,
 * only the upload itself, which carries the secret token in its body.
 */
export function LetterUpload() {
  const [token] = useState(() => uploadTokenOf(window.location.search));
  // Then out of the address bar: the token is the writer's only credential and should not linger in history, a
  // bookmark or a copied link.
  useEffect(() => {
    if (window.location.search) {
      window.history.replaceState({}, '', window.location.pathname);
    }
  }, []);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Problem>();
  const [error, setError] = useState<string>();
  const [receivedAt, setReceivedAt] = useState<Date>();

  const load = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(undefined);
    if (!file) {
      return;
    }
    if (!/\.(txt|md)$/i.test(file.name)) {
      setError('Choose a plain-text file (.txt), or paste your letter below');
      return;
    }
    void file.text().then((content) => setText(content));
  };

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!text.trim()) {
      setError('Paste your letter or choose a file first');
      return;
    }
    if (text.length > MAX_CHARS) {
      setError(`The letter is longer than ${MAX_CHARS.toLocaleString()} characters`);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await postJson(`${API}/letters/upload`, { token, text });
      setReceivedAt(new Date());
    } catch (problem) {
      setFailure(asProblem(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="app public-page">
      <header className="topbar">
        <span className="brand">Pathway</span>
        <span className="muted">Letters of evaluation</span>
      </header>
      <main id="main" tabIndex={-1}>
        <section className="card upload-card" aria-labelledby="upload-heading">
          <h1 id="upload-heading">Upload your letter of evaluation</h1>
          {!token ? (
            <div className="problem" role="alert">
              <p>
                This link is incomplete. Open the link from your invitation e-mail again, or reply to that e-mail to ask
                the committee for a new one.
              </p>
            </div>
          ) : receivedAt ? (
            <p className="upload-done" role="status">
              Thank you: your letter was received on {receivedAt.toLocaleString()}. The committee has it now; you can close
              this page.
            </p>
          ) : (
            <form onSubmit={upload} noValidate>
              <p>
                Your letter goes to the promotion committee only; the candidate never sees it. You need no account, and
                the letter can be uploaded once.
              </p>
              <Field label="Load from a text file (optional)">
                {(props) => <input {...props} type="file" accept=".txt,.md,text/plain" onChange={load} />}
              </Field>
              <Field label="Your letter" error={error}>
                {(props) => (
                  <textarea
                    {...props}
                    rows={16}
                    value={text}
                    maxLength={MAX_CHARS}
                    onChange={(event) => setText(event.target.value)}
                  />
                )}
              </Field>
              <p className="muted" aria-live="polite">
                {text.length.toLocaleString()} of {MAX_CHARS.toLocaleString()} characters
              </p>
              <button type="submit" disabled={busy}>
                {busy ? 'Uploading…' : 'Upload letter'}
              </button>
              {busy && <progress aria-label="Uploading your letter" />}
              {failure && <ProblemMessage problem={failure} />}
            </form>
          )}
        </section>
      </main>
    </div>
  );
}
