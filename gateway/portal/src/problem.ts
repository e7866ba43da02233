/** An RFC 9457 problem as Pathway's services and gateway write it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldProblem[];
  rowErrors?: RowProblem[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

export interface RowProblem {
  row: number;
  column?: string;
  message: string;
}

const FALLBACK_BY_STATUS: Record<number, string> = {
  401: 'Your session has ended. Sign in again to continue.',
  403: 'You are not allowed to do this.',
  404: 'Not found.',
  429: 'Too many requests: wait a moment and try again.',
  503: 'The service is unavailable right now. Try again in a moment.',
};

/** The sentence to show for a problem: its detail, else its title, else what its status means. Never blank. */
export function problemMessage(problem: Problem): string {
  const detail = problem.detail?.trim();
  if (detail) {
    return detail;
  }
  const title = problem.title?.trim();
  if (title) {
    return title;
  }
  if (problem.status && FALLBACK_BY_STATUS[problem.status]) {
    return FALLBACK_BY_STATUS[problem.status];
  }
  return problem.status ? `The request failed (${problem.status}).` : 'The request failed.';
}

/**
 * Whether asking again may help: a lost connection, a timeout, a rate limit or a server-side failure may pass; a
 * refusal or a "not found" will answer the same.
 */
export function retryable(problem: Problem): boolean {
  const status = problem.status;
  return status === undefined || status === 408 || status === 429 || status >= 500;
}

/** Field messages keyed by field name, the first message winning, for showing next to form inputs. */
export function fieldMessages(problem: Problem | undefined): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    if (error.field && !(error.field in byField)) {
      byField[error.field] = error.message;
    }
  }
  return byField;
}

/** Reads a failed response as a problem, whatever it actually carries (HTML from a proxy, nothing at all). */
export async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Problem;
      return { ...body, status: body.status ?? response.status };
    } catch {
      // Unreadable JSON: fall through to the status alone.
    }
  }
  return { status: response.status };
}
