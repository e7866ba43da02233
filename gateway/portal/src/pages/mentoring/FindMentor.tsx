import { FormEvent, useCallback, useEffect, useState } from 'react';
import { Async } from '../../components/Async';
import { Field } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { fieldMessages, Problem } from '../../problem';
import { asProblem, useResource } from '../../useResource';
import { label } from '../Dashboard';
import { Check, LineField, TextField } from './controls';
import { FitReasons } from './FitReasons';
import { MentoringPage } from './MentoringPage';
import {
  dateTime,
  EMPTY_PREP,
  icsHref,
  isOpen,
  prepOf,
  PrepDraft,
  proposalsOf,
  requestErrors,
  STATUS_FOR_MENTEE,
  timeLeft,
  urgent,
} from './logic';
import { Kind, KIND_WORDS, KINDS, Match, mentoringApi, MentoringRequest } from './model';

interface MenteeView {
  requests: MentoringRequest[];
  matches: Match[];
}

async function loadMenteeView(): Promise<MenteeView> {
  const [requests, matches] = await Promise.all([mentoringApi.requests(), mentoringApi.matches()]);
  const mine = new Set(requests.map((request) => request.id));
  return { requests, matches: matches.filter((match) => mine.has(match.requestId)) };
}

/** The mentee's page: ask for a mentor, choose among ranked suggestions with their reasons, follow each proposal. */
export function FindMentor() {
  const [view, reload] = useResource(loadMenteeView);
  const [selected, setSelected] = useState<string>();
  const [status, setStatus] = useState('');

  // The request whose suggestions show: the one just asked for, else the newest still open.
  const requests = view.state === 'loaded' ? view.value.requests : [];
  const openRequest = requests.find((request) => request.status === 'OPEN');
  const shown = requests.find((request) => request.id === selected && request.status === 'OPEN') ?? openRequest;

  const created = (request: MentoringRequest) => {
    setSelected(request.id);
    setStatus('Your request is filed. Suggested mentors are below.');
    reload();
  };
  const proposed = (match: Match) => {
    setStatus(`Your request went to ${match.mentor.name ?? 'the mentor'}. They have until ${dateTime(match.deadline)} to answer.`);
    reload();
  };

  return (
    <MentoringPage status={status}>
      <AskForMentor onCreated={created} />
      {shown && <Suggestions key={shown.id} request={shown} onProposed={proposed} />}
      <section className="card wide" aria-labelledby="requests-heading">
        <div className="card-head">
          <h2 id="requests-heading">Your requests and proposals</h2>
          <button type="button" className="secondary" onClick={reload}>
            Refresh
          </button>
        </div>
        <Async resource={view} label="your requests" onRetry={reload}>
          {({ requests: all, matches }) =>
            all.length === 0 ? (
              <p>You have not asked for a mentor yet.</p>
            ) : (
              <ul className="request-list">
                {all.map((request) => (
                  <RequestCard
                    key={request.id}
                    request={request}
                    proposals={proposalsOf(request, matches)}
                    onShowSuggestions={() => setSelected(request.id)}
                    onChanged={reload}
                  />
                ))}
              </ul>
            )
          }
        </Async>
      </section>
    </MentoringPage>
  );
}

function AskForMentor({ onCreated }: { onCreated: (request: MentoringRequest) => void }) {
  const [kind, setKind] = useState<Kind>('ADVICE_CONVERSATION');
  const [prep, setPrep] = useState<PrepDraft>(EMPTY_PREP);
  const [note, setNote] = useState('');
  const [external, setExternal] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Problem>();
  const [sending, setSending] = useState(false);
  const edit = (key: keyof PrepDraft) => (value: string) => setPrep((draft) => ({ ...draft, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = requestErrors(kind, prep, note);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      return;
    }
    setSending(true);
    try {
      const request = await mentoringApi.createRequest({
        kind,
        prep: prepOf(prep),
        note: note.trim() || undefined,
        openToExternal: external,
      });
      setPrep(EMPTY_PREP);
      setNote('');
      onCreated(request);
    } catch (error) {
      const problem = asProblem(error);
      setFailure(problem);
      const byField = fieldMessages(problem);
      setErrors({
        done: byField['prep.done'],
        direction1: byField['prep.directions'] ?? byField['prep.directions[0]'],
        ask: byField['prep.ask'],
        note: byField.note,
      });
    } finally {
      setSending(false);
    }
  };

  const prepRequired = kind === 'ADVICE_CONVERSATION';
  return (
    <section className="card wide" aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask for a mentor</h2>
      <form onSubmit={submit} noValidate>
        <fieldset className="kinds">
          <legend>What are you asking for?</legend>
          {KINDS.map((value) => (
            <label key={value} className={value === kind ? 'kind kind-chosen' : 'kind'}>
              <input type="radio" name="kind" value={value} checked={value === kind} onChange={() => setKind(value)} />
              {KIND_WORDS[value]}
            </label>
          ))}
        </fieldset>
        <fieldset className="prep">
          <legend>{prepRequired ? 'Your preparation (needed for an advice conversation)' : 'Your preparation (optional)'}</legend>
          <TextField label="What you have done so far" value={prep.done} error={errors.done} onChange={edit('done')} />
          <div className="two-up">
            <LineField label="A direction you are interested in" value={prep.direction1} error={errors.direction1} onChange={edit('direction1')} />
            <LineField label="Another direction (optional)" value={prep.direction2} error={errors.direction2} onChange={edit('direction2')} />
          </div>
          <LineField label="Your one clear ask" value={prep.ask} error={errors.ask} onChange={edit('ask')} />
        </fieldset>
        <TextField label="Anything else the mentor should know (optional)" value={note} error={errors.note} onChange={setNote} />
        <Check label="Mentors from other institutions are welcome" checked={external} onChange={setExternal} />
        {failure && <ProblemMessage problem={failure} />}
        <button type="submit" disabled={sending}>
          {sending ? 'Asking…' : 'Ask for a mentor'}
        </button>
      </form>
    </section>
  );
}

function Suggestions({ request, onProposed }: { request: MentoringRequest; onProposed: (match: Match) => void }) {
  const load = useCallback(() => mentoringApi.suggestions(request.id), [request.id]);
  const [suggestions, reload] = useResource(load, [request.id]);
  const [failure, setFailure] = useState<Problem>();
  const [sendingTo, setSendingTo] = useState<string>();

  const propose = async (mentorId: string) => {
    setFailure(undefined);
    setSendingTo(mentorId);
    try {
      onProposed(await mentoringApi.propose(request.id, mentorId));
    } catch (error) {
      setFailure(asProblem(error));
      reload();
    } finally {
      setSendingTo(undefined);
    }
  };

  return (
    <section className="card wide" aria-labelledby="suggestions-heading">
      <div className="card-head">
        <h2 id="suggestions-heading">Suggested mentors for {KIND_WORDS[request.kind].toLowerCase()}</h2>
        <button type="button" className="secondary" onClick={reload}>
          Refresh suggestions
        </button>
      </div>
      <p className="muted">Best fit first. Choose one: they have a few days to answer, and you can choose again if they decline.</p>
      {failure && <ProblemMessage problem={failure} />}
      <Async resource={suggestions} label="suggested mentors" onRetry={reload}>
        {(list) =>
          list.length === 0 ? (
            <p>
              No mentor can take this request right now (all are paused, full, or do not accept it). Try again later
              {request.openToExternal ? '.' : ', or ask again welcoming mentors from other institutions.'}
            </p>
          ) : (
            <ol className="suggestions">
              {list.map((suggestion, index) => (
                <li key={suggestion.mentorId} className="suggestion" aria-labelledby={`suggestion-${index}`}>
                  <div className="suggestion-head">
                    <span className="rank-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <div>
                      <h3 id={`suggestion-${index}`}>{suggestion.name}</h3>
                      <p className="muted">
                        {[suggestion.rank && label(suggestion.rank), suggestion.institution].filter(Boolean).join(' · ')}
                        {suggestion.external && <span className="tag">Other institution</span>}
                      </p>
                    </div>
                  </div>
                  {(suggestion.roles.length > 0 || suggestion.niches.length > 0) && (
                    <p className="tags">
                      {[...suggestion.roles.map(label), ...suggestion.niches].map((tag) => (
                        <span key={tag} className="tag">
                          {tag}
                        </span>
                      ))}
                    </p>
                  )}
                  <FitReasons score={suggestion.score} factors={suggestion.factors} heading="Why this mentor" />
                  <button type="button" disabled={sendingTo !== undefined} onClick={() => propose(suggestion.mentorId)}>
                    {sendingTo === suggestion.mentorId ? 'Sending…' : `Ask ${suggestion.name}`}
                  </button>
                </li>
              ))}
            </ol>
          )
        }
      </Async>
    </section>
  );
}

function RequestCard({ request, proposals, onShowSuggestions, onChanged }: {
  request: MentoringRequest;
  proposals: Match[];
  onShowSuggestions: () => void;
  onChanged: () => void;
}) {
  return (
    <li className="request" aria-labelledby={`request-${request.id}`}>
      <div className="card-head">
        <h3 id={`request-${request.id}`}>{KIND_WORDS[request.kind]}</h3>
        <span className={`badge request-${request.status.toLowerCase()}`}>{REQUEST_WORDS[request.status]}</span>
      </div>
      <p className="muted">Asked {dateTime(request.createdAt)}</p>
      {request.prep && <p className="ask">“{request.prep.ask}”</p>}
      {request.status === 'OPEN' && (
        <button type="button" className="secondary" onClick={onShowSuggestions}>
          See suggested mentors
        </button>
      )}
      {proposals.length > 0 && (
        <ol className="proposals" aria-label="Proposals of this request">
          {proposals.map((match) => (
            <ProposalLine key={match.id} match={match} onChanged={onChanged} />
          ))}
        </ol>
      )}
    </li>
  );
}

const REQUEST_WORDS = { OPEN: 'Open: choose a mentor', PROPOSED: 'Proposed', MATCHED: 'Matched' };

function ProposalLine({ match, onChanged }: { match: Match; onChanged: () => void }) {
  const [answer, setAnswer] = useState('');
  const [failure, setFailure] = useState<Problem>();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const open = isOpen(match.status);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!answer.trim()) {
      setFailure({ title: 'Write your answer first' });
      return;
    }
    try {
      await mentoringApi.answer(match.id, answer.trim());
      setAnswer('');
      onChanged();
    } catch (error) {
      setFailure(asProblem(error));
    }
  };

  return (
    <li className={`proposal status-${match.status.toLowerCase()}`} data-match={match.id}>
      <p>
        <strong>{match.mentor.name ?? 'A mentor'}</strong> <span className="muted">({match.mentor.institution})</span> ·{' '}
        <span className="proposal-status">{STATUS_FOR_MENTEE[match.status]}</span>
      </p>
      {open && (
        <p className={urgent(match.deadline, now) ? 'deadline urgent' : 'deadline'}>
          Answer due {timeLeft(match.deadline, now)} ({dateTime(match.deadline)})
        </p>
      )}
      {match.status === 'DECLINED' && match.declineReason && <p>Their reason: “{match.declineReason}”</p>}
      {match.question && (
        <p>
          Their question: “{match.question}”{match.answer && <> · Your answer: “{match.answer}”</>}
        </p>
      )}
      {match.status === 'INFO_REQUESTED' && !match.answer && (
        <form className="inline-form" onSubmit={send}>
          <Field label="Your answer">
            {(props) => <textarea {...props} rows={2} value={answer} onChange={(event) => setAnswer(event.target.value)} />}
          </Field>
          <button type="submit">Send answer</button>
        </form>
      )}
      {match.conversation && <ConversationLine match={match} />}
      {failure && <ProblemMessage problem={failure} />}
    </li>
  );
}

/** An accepted advice conversation: when, and its invite for the calendar. */
export function ConversationLine({ match }: { match: Match }) {
  if (!match.conversation) {
    return null;
  }
  return (
    <p className="conversation">
      Conversation {dateTime(match.conversation.start)}–
      {new Date(match.conversation.end).toLocaleTimeString(undefined, { timeStyle: 'short' })} ·{' '}
      <a href={icsHref(match.conversation.icalendar)} download={`pathway-conversation-${match.id}.ics`}>
        Download calendar invite
      </a>
    </p>
  );
}
