import { Factor, Kind, Match, MatchStatus, MentoringRequest, Prep } from './model';

/** The prep form as typed: two direction boxes, either may stay empty. */
export interface PrepDraft {
  done: string;
  direction1: string;
  direction2: string;
  ask: string;
}

export const EMPTY_PREP: PrepDraft = { done: '', direction1: '', direction2: '', ask: '' };

/**
 * What is missing or too long before a request is sent, keyed by the form's field names. An advice conversation
 * needs its prep (what you have done, one or two directions, one clear ask); other kinds may bring one, and then it
 * must be whole, as the service checks it.
 */
export function requestErrors(kind: Kind, prep: PrepDraft, note: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const given = Object.values(prep).some((value) => value.trim() !== '');
  if (kind === 'ADVICE_CONVERSATION' || given) {
    if (!prep.done.trim()) {
      errors.done = 'Say what you have done so far';
    } else if (prep.done.length > 2000) {
      errors.done = 'Keep it under 2000 characters';
    }
    if (!prep.direction1.trim() && !prep.direction2.trim()) {
      errors.direction1 = 'Name at least one direction you are interested in';
    }
    for (const key of ['direction1', 'direction2'] as const) {
      if (prep[key].length > 300) {
        errors[key] = 'Keep a direction under 300 characters';
      }
    }
    if (!prep.ask.trim()) {
      errors.ask = 'Ask one clear question';
    } else if (prep.ask.length > 500) {
      errors.ask = 'Keep the ask under 500 characters';
    }
  }
  if (note.length > 2000) {
    errors.note = 'Keep the note under 2000 characters';
  }
  return errors;
}

/** The prep as the service takes it, or nothing when none was typed. */
export function prepOf(draft: PrepDraft): Prep | undefined {
  const directions = [draft.direction1, draft.direction2].map((d) => d.trim()).filter((d) => d !== '');
  if (!draft.done.trim() && directions.length === 0 && !draft.ask.trim()) {
    return undefined;
  }
  return { done: draft.done.trim(), directions, ask: draft.ask.trim() };
}

export function isOpen(status: MatchStatus): boolean {
  return status === 'PROPOSED' || status === 'INFO_REQUESTED';
}

/** How a proposal stands, in words for the mentee (who waits) and for the mentor (who answers). */
export const STATUS_FOR_MENTEE: Record<MatchStatus, string> = {
  PROPOSED: 'Waiting for the mentor',
  INFO_REQUESTED: 'The mentor asks for more information',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  EXPIRED: 'Expired without an answer',
  ENDED: 'Ended',
};

export const STATUS_FOR_MENTOR: Record<MatchStatus, string> = {
  PROPOSED: 'Awaiting your answer',
  INFO_REQUESTED: 'You asked for information',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  EXPIRED: 'Expired',
  ENDED: 'Ended',
};

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** "in 2 days", "in 5 hours", "overdue": how long is left to answer, for a proposal still open. */
export function timeLeft(deadline: string, now: Date): string {
  const left = new Date(deadline).getTime() - now.getTime();
  if (left <= 0) {
    return 'overdue';
  }
  if (left >= DAY) {
    const days = Math.floor(left / DAY);
    return `in ${days} ${days === 1 ? 'day' : 'days'}`;
  }
  const hours = Math.max(1, Math.floor(left / HOUR));
  return `in ${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** Whether the answer is due within a day: the view marks it urgent. */
export function urgent(deadline: string, now: Date): boolean {
  return new Date(deadline).getTime() - now.getTime() < DAY;
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The factors that earned points, largest first: the reasons a suggestion or proposal is shown for. */
export function reasonsFor(factors: Factor[]): Factor[] {
  return factors.filter((factor) => factor.points > 0).sort((a, b) => b.points - a.points);
}

/** The factors that earned nothing, as plain notes (e.g. "no niche in common"). */
export function notesFor(factors: Factor[]): Factor[] {
  return factors.filter((factor) => factor.points <= 0);
}

/**
 * A caller who is both mentee and mentor gets both sides' matches from one list: theirs as a mentee are those of their
 * own requests.
 */
export function splitMatches(matches: Match[], myRequests: MentoringRequest[]): { asMentee: Match[]; asMentor: Match[] } {
  const mine = new Set(myRequests.map((request) => request.id));
  return {
    asMentee: matches.filter((match) => mine.has(match.requestId)),
    asMentor: matches.filter((match) => !mine.has(match.requestId)),
  };
}

/** A request's proposals, newest first. */
export function proposalsOf(request: MentoringRequest, matches: Match[]): Match[] {
  return matches
    .filter((match) => match.requestId === request.id)
    .sort((a, b) => b.proposedAt.localeCompare(a.proposedAt));
}

/** The conversation's invite as a file a calendar opens. */
export function icsHref(icalendar: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(icalendar)}`;
}

/** A date input's day as the start (00:00 UTC) or the end (24:00 UTC) of an availability window. */
export function windowOf(from: string, to: string): { start: string; end: string } | undefined {
  if (!from || !to) {
    return undefined;
  }
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start) {
    return undefined;
  }
  return { start: start.toISOString(), end: end.toISOString() };
}

/** Comma- or line-separated tags, trimmed, without blanks or repeats. */
export function tagsOf(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** The proposal and action a link names, by path (notification's email links) or by query (the portal's feed). */
export function linkedProposal(path: string, search: string): { match?: string; action?: string } {
  const params = new URLSearchParams(search);
  const inPath = /^\/mentoring\/matches\/([^/]+)/.exec(path);
  const match = params.get('match') ?? (inPath ? decodeURIComponent(inPath[1]) : undefined);
  return { match, action: params.get('action') ?? undefined };
}
