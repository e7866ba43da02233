import { FormEvent, useEffect, useRef, useState } from 'react';
import { Async } from '../../components/Async';
import { Field, SelectField } from '../../components/Field';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Table } from '../../components/Table';
import { Problem } from '../../problem';
import { asProblem, useResource } from '../../useResource';
import { label } from '../Dashboard';
import { ConversationLine } from './FindMentor';
import { Check, LineField } from './controls';
import { FitReasons } from './FitReasons';
import { MentoringPage } from './MentoringPage';
import { dateTime, isOpen, linkedProposal, splitMatches, STATUS_FOR_MENTOR, tagsOf, timeLeft, urgent, windowOf } from './logic';
import { EDUCATION_ROLES, Kind, KIND_WORDS, KINDS, Match, mentoringApi, MentorProfile, RANKS } from './model';

/** The mentor's profile, or null when they have not opted in yet (the service answers 404). */
async function loadProfile(): Promise<MentorProfile | null> {
  try {
    return await mentoringApi.mentorProfile();
  } catch (error) {
    if (asProblem(error).status === 404) {
      return null;
    }
    throw error;
  }
}

/** Matches addressed to the caller as a mentor; a mentor who is also faculty sees their own requests elsewhere. */
async function loadInbox(): Promise<Match[]> {
  const [matches, requests] = await Promise.all([
    mentoringApi.matches(),
    // Only faculty have requests of their own; anyone else is refused, which means none.
    mentoringApi.requests().catch((error) => {
      if (asProblem(error).status === 403) {
        return [];
      }
      throw error;
    }),
  ]);
  return splitMatches(matches, requests).asMentor;
}

/** The mentor inbox: proposals to answer with their reasons, the mentor's capacity and pause, their mentees. */
export function MentorInbox() {
  const [profile, reloadProfile] = useResource(loadProfile);
  const [inbox, reloadInbox] = useResource(loadInbox);
  const [status, setStatus] = useState('');
  // An email's action link (/mentoring/matches/<id>?action=…) or a feed item (/mentoring?match=<id>) lands here with
  // the proposal and the chosen action: show that one first.
  const [linked] = useState(() => linkedProposal(window.location.pathname, window.location.search));

  const changed = (message: string) => {
    setStatus(message);
    reloadInbox();
    reloadProfile();
  };

  return (
    <MentoringPage status={status}>
      <section className="card wide" aria-labelledby="proposals-heading">
        <div className="card-head">
          <h2 id="proposals-heading">Proposals to answer</h2>
          <button type="button" className="secondary" onClick={reloadInbox}>
            Refresh
          </button>
        </div>
        <Async resource={inbox} label="your proposals" onRetry={reloadInbox}>
          {(matches) => {
            const open = matches.filter((match) => isOpen(match.status));
            return open.length === 0 ? (
              <p>No proposals waiting for you.</p>
            ) : (
              <ul className="proposal-cards">
                {open.map((match) => (
                  <ProposalCard
                    key={match.id}
                    match={match}
                    linked={linked.match === match.id}
                    linkedAction={linked.match === match.id ? linked.action : undefined}
                    onAnswered={changed}
                  />
                ))}
              </ul>
            );
          }}
        </Async>
      </section>
      <section className="card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Your mentoring</h2>
        <Async resource={profile} label="your mentor profile" onRetry={reloadProfile}>
          {(mine) =>
            mine ? (
              <Capacity profile={mine} onChanged={changed} />
            ) : (
              <>
                <p>You are not offering mentoring yet. Say what you offer and how many mentees you can take.</p>
                <ProfileForm onSaved={() => changed('You now offer mentoring.')} />
              </>
            )
          }
        </Async>
      </section>
      <section className="card" aria-labelledby="mentees-heading">
        <h2 id="mentees-heading">Your mentees and past proposals</h2>
        <Async resource={inbox} label="your mentees" onRetry={reloadInbox}>
          {(matches) => (
            <Table
              caption="Your mentees and past proposals"
              rows={matches.filter((match) => !isOpen(match.status))}
              rowKey={(match) => match.id}
              empty="None yet."
              columns={[
                { header: 'Mentee', cell: (match) => `${match.mentee.name ?? 'A mentee'} (${match.mentee.institution})` },
                { header: 'Kind', cell: (match) => KIND_WORDS[match.kind] },
                {
                  header: 'Status',
                  cell: (match) => (
                    <>
                      {STATUS_FOR_MENTOR[match.status]}
                      {match.decidedAt && <span className="muted"> · {dateTime(match.decidedAt)}</span>}
                      <ConversationLine match={match} />
                    </>
                  ),
                },
              ]}
            />
          )}
        </Async>
      </section>
    </MentoringPage>
  );
}

type Answering = 'decline' | 'ask-for-info' | undefined;

function ProposalCard({ match, linked, linkedAction, onAnswered }: {
  match: Match;
  /** Named by the link the mentor followed (from an email or the feed), with the action they chose there, if any. */
  linked: boolean;
  linkedAction?: string;
  onAnswered: (message: string) => void;
}) {
  const [answering, setAnswering] = useState<Answering>(
    linkedAction === 'decline' || linkedAction === 'ask-for-info' ? linkedAction : undefined,
  );
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const card = useRef<HTMLLIElement>(null);
  const mentee = match.mentee.name ?? 'A mentee';
  const now = new Date();

  useEffect(() => {
    if (linked) {
      card.current?.scrollIntoView?.({ block: 'center' });
    }
  }, [linked]);

  const act = async (action: () => Promise<unknown>, message: string) => {
    setFailure(undefined);
    setBusy(true);
    try {
      await action();
      onAnswered(message);
    } catch (error) {
      setFailure(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setFailure({ title: answering === 'decline' ? 'Give the mentee a reason' : 'Write your question first' });
      return;
    }
    void (answering === 'decline'
      ? act(() => mentoringApi.decline(match.id, text.trim()), `You declined ${mentee}'s proposal.`)
      : act(() => mentoringApi.askForInformation(match.id, text.trim()), `Your question went to ${mentee}.`));
  };

  return (
    <li ref={card} className={linked ? 'proposal-card linked' : 'proposal-card'} aria-labelledby={`p-${match.id}`}>
      <div className="card-head">
        <h3 id={`p-${match.id}`}>
          {mentee} <span className="muted">({match.mentee.institution})</span>
        </h3>
        <span className={urgent(match.deadline, now) ? 'badge deadline urgent' : 'badge deadline'}>
          Answer {timeLeft(match.deadline, now)}
        </span>
      </div>
      <p>
        <strong>{KIND_WORDS[match.kind]}</strong> · proposed {dateTime(match.proposedAt)} · answer by {dateTime(match.deadline)}
      </p>
      <div className="two-up">
        <FitReasons score={match.score} factors={match.reasons} heading="Why you were proposed" />
        {match.prep && (
          <dl className="prep-view">
            <dt>What they have done</dt>
            <dd>{match.prep.done}</dd>
            <dt>Directions</dt>
            <dd>{match.prep.directions.join('; ')}</dd>
            <dt>Their ask</dt>
            <dd>{match.prep.ask}</dd>
          </dl>
        )}
      </div>
      {match.question && (
        <p>
          You asked: “{match.question}” · {match.answer ? <>They answered: “{match.answer}”</> : 'no answer yet'}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => act(() => mentoringApi.accept(match.id), `You accepted ${mentee}.`)}>
          Accept<span className="visually-hidden"> {mentee}</span>
        </button>
        <button type="button" className="secondary" aria-expanded={answering === 'decline'} onClick={() => setAnswering('decline')}>
          Decline…
        </button>
        {match.status === 'PROPOSED' && (
          <button type="button" className="secondary" aria-expanded={answering === 'ask-for-info'} onClick={() => setAnswering('ask-for-info')}>
            Ask for more information…
          </button>
        )}
      </div>
      {answering && (
        <form className="answer-form" onSubmit={submit}>
          <Field label={answering === 'decline' ? 'Your reason (the mentee sees it)' : 'Your question to the mentee'}>
            {(props) => <textarea {...props} rows={2} value={text} onChange={(event) => setText(event.target.value)} />}
          </Field>
          <button type="submit" disabled={busy}>
            {answering === 'decline' ? 'Decline' : 'Send question'}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setAnswering(undefined)}>
            Cancel
          </button>
        </form>
      )}
      {failure && <ProblemMessage problem={failure} />}
    </li>
  );
}

/** Places taken against capacity as a bar, the pause switch, and the profile behind an Edit button. */
function Capacity({ profile, onChanged }: { profile: MentorProfile; onChanged: (message: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const taken = Math.min(profile.activeMentees, profile.capacity);
  const share = profile.capacity === 0 ? 100 : Math.round((taken / profile.capacity) * 100);

  const togglePause = async () => {
    setFailure(undefined);
    setBusy(true);
    try {
      await (profile.paused ? mentoringApi.resume() : mentoringApi.pause());
      onChanged(profile.paused ? 'You take proposals again.' : 'Mentoring paused.');
    } catch (error) {
      setFailure(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className={profile.paused ? 'badge paused' : 'badge active'}>{profile.paused ? 'Paused' : 'Taking proposals'}</p>
      <div
        className="capacity"
        role="meter"
        aria-label="Mentees against your capacity"
        aria-valuemin={0}
        aria-valuemax={profile.capacity}
        aria-valuenow={taken}
        aria-valuetext={`${profile.activeMentees} of ${profile.capacity} places taken`}
      >
        <div className="bar">
          <div className="bar-fill capacity-fill" style={{ width: `${share}%` }} />
        </div>
        <p>
          {profile.activeMentees} of {profile.capacity} places taken · {Math.max(0, profile.capacity - profile.activeMentees)} free
        </p>
      </div>
      <p className="muted">Accepts: {profile.acceptedKinds.map((kind) => KIND_WORDS[kind].toLowerCase()).join(', ')}</p>
      {profile.niches.length > 0 && <p className="muted">Niches: {profile.niches.join(', ')}</p>}
      {!profile.paused && (
        <p className="muted">Pausing declines the proposals waiting for you, so no mentee waits on you while you are away.</p>
      )}
      <div className="actions">
        <button type="button" className="secondary" disabled={busy} onClick={togglePause}>
          {profile.paused ? 'Resume mentoring' : 'Pause mentoring'}
        </button>
        <button type="button" className="secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Close the profile' : 'Edit profile and capacity'}
        </button>
      </div>
      {failure && <ProblemMessage problem={failure} />}
      {editing && (
        <ProfileForm
          profile={profile}
          onSaved={() => {
            setEditing(false);
            onChanged('Profile saved.');
          }}
        />
      )}
    </>
  );
}

function ProfileForm({ profile, onSaved }: { profile?: MentorProfile; onSaved: () => void }) {
  const [capacity, setCapacity] = useState(String(profile?.capacity ?? 2));
  const [kinds, setKinds] = useState<Kind[]>(profile?.acceptedKinds ?? ['ADVICE_CONVERSATION', 'LONG_TERM']);
  const [roles, setRoles] = useState<string[]>(profile?.roles ?? []);
  const [rank, setRank] = useState(profile?.rank ?? '');
  const [niches, setNiches] = useState((profile?.niches ?? []).join(', '));
  const [external, setExternal] = useState(profile?.acceptsExternal ?? false);
  const window0 = profile?.availability[0];
  const [from, setFrom] = useState(window0 ? window0.start.slice(0, 10) : '');
  const [to, setTo] = useState(window0 ? new Date(new Date(window0.end).getTime() - 1).toISOString().slice(0, 10) : '');
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const toggle = <T extends string>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const places = Number(capacity);
    const window = windowOf(from, to);
    if (!Number.isInteger(places) || places < 0 || places > 50) {
      setFailure({ title: 'Capacity must be a whole number from 0 to 50' });
      return;
    }
    if (kinds.length === 0) {
      setFailure({ title: 'Accept at least one kind of mentoring' });
      return;
    }
    if ((from || to) && !window) {
      setFailure({ title: 'Your availability must end on or after the day it starts' });
      return;
    }
    setFailure(undefined);
    setBusy(true);
    try {
      // Windows beyond the first are kept as they are: this form edits the first one.
      const rest = profile?.availability.slice(1) ?? [];
      await mentoringApi.saveMentorProfile({
        roles,
        rank: rank || null,
        niches: tagsOf(niches),
        capacity: places,
        availability: window ? [window, ...rest] : rest,
        acceptedKinds: kinds,
        acceptsExternal: external,
      });
      onSaved();
    } catch (error) {
      setFailure(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="profile-form" onSubmit={submit} noValidate>
      <Field label="How many mentees you can take">
        {(props) => <input {...props} type="number" min={0} max={50} value={capacity} onChange={(event) => setCapacity(event.target.value)} />}
      </Field>
      <fieldset>
        <legend>What you offer</legend>
        {KINDS.map((kind) => (
          <Check key={kind} label={KIND_WORDS[kind]} checked={kinds.includes(kind)} onChange={() => setKinds(toggle(kinds, kind))} />
        ))}
      </fieldset>
      <LineField label="Your niches (comma-separated)" value={niches} onChange={setNiches} />
      <SelectField label="Your rank" value={rank} values={['', ...RANKS]} onChange={setRank} />
      <fieldset>
        <legend>Education roles you hold</legend>
        <div className="check-grid">
          {EDUCATION_ROLES.map((role) => (
            <Check key={role} label={label(role)} checked={roles.includes(role)} onChange={() => setRoles(toggle(roles, role))} />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>When you have time for advice conversations</legend>
        <div className="two-up">
          <Field label="From">{(props) => <input {...props} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />}</Field>
          <Field label="Until">{(props) => <input {...props} type="date" value={to} onChange={(event) => setTo(event.target.value)} />}</Field>
        </div>
      </fieldset>
      <Check label="Mentees from other institutions are welcome" checked={external} onChange={setExternal} />
      {failure && <ProblemMessage problem={failure} />}
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : profile ? 'Save profile' : 'Offer mentoring'}
      </button>
    </form>
  );
}
