import { ReactNode } from 'react';
import { Resource } from '../useResource';
import { ProblemMessage } from './ProblemMessage';

/** Loading, failure or content: every view that waits for the server shows one of the three, never a blank. */
export function Async<T>({
  resource,
  label,
  onRetry,
  children,
}: {
  resource: Resource<T>;
  label: string;
  onRetry?: () => void;
  children: (value: T) => ReactNode;
}) {
  if (resource.state === 'loading') {
    return (
      <p className="loading" role="status" aria-live="polite">
        Loading {label}…
      </p>
    );
  }
  if (resource.state === 'failed') {
    return <ProblemMessage problem={resource.problem} onRetry={onRetry} />;
  }
  return <>{children(resource.value)}</>;
}
