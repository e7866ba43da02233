import { Problem, problemMessage, retryable } from '../problem';

/** A failed call, said in the problem's own words; a lapsed session gets the way back in. */
export function ProblemMessage({ problem, onRetry }: { problem: Problem; onRetry?: () => void }) {
  return (
    <div className="problem" role="alert">
      <p>{problemMessage(problem)}</p>
      {problem.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((error) => (
            <li key={error.field + error.message}>
              <strong>{error.field}</strong>: {error.message}
            </li>
          ))}
        </ul>
      )}
      {problem.status === 401 && <a href={window.location.pathname}>Sign in again</a>}
      {onRetry && retryable(problem) && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
