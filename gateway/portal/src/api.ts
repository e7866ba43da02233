import { Problem, problemMessage, problemOf } from './problem';

/** A failed call, carrying the problem the server answered with. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problemMessage(problem));
    this.name = 'ProblemError';
  }
}

export interface Csrf {
  headerName: string;
  parameterName: string;
  token: string;
}

export interface Me {
  subject: string;
  username?: string;
  name?: string;
  email?: string;
  organizations: string[];
  roles: string[];
  csrf: Csrf;
}

// The session's CSRF token: every write through the gateway must carry it (GET /api/me hands it out).
let csrf: Csrf | undefined;

export async function loadMe(): Promise<Me> {
  const me = await call<Me>('/api/me');
  csrf = me.csrf;
  return me;
}

/** The request as the gateway wants it: JSON answers, the session cookie, and the CSRF header on writes. */
export function prepared(init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json');
  }
  const method = (init.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD' && csrf) {
    headers.set(csrf.headerName, csrf.token);
  }
  return { ...init, credentials: 'same-origin', headers };
}

/** Calls the gateway with the session cookie; a failure becomes a {@link ProblemError}. */
export async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, prepared(init));
  } catch {
    throw new ProblemError({ title: 'The portal cannot reach the server. Check your connection and try again.' });
  }
  if (!response.ok) {
    throw new ProblemError(await problemOf(response));
  }
  if (response.status === 204 || response.headers.get('content-length') === '0') {
    return undefined as T;
  }
  return (await response.json()) as T;
}

export function postJson<T>(path: string, body: unknown, method = 'POST'): Promise<T> {
  return call<T>(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

export function postFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return call<T>(path, { method: 'POST', body: form });
}
