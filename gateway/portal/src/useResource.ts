import { useCallback, useEffect, useRef, useState } from 'react';
import { ProblemError } from './api';
import { Problem } from './problem';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'failed'; problem: Problem }
  | { state: 'loaded'; value: T };

export function asProblem(error: unknown): Problem {
  return error instanceof ProblemError ? error.problem : { title: String(error) };
}

/**
 * Loads once and on reload(); a late answer for an unmounted view is dropped. refresh() loads again but keeps showing
 * the loaded value until the new one arrives, so the forms drawn from it keep their state (after a step, say).
 */
export function useResource<T>(load: () => Promise<T>, deps: unknown[] = []): [Resource<T>, () => void, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const quietly = useRef(false);
  useEffect(() => {
    let current = true;
    if (!quietly.current) {
      setResource({ state: 'loading' });
    }
    quietly.current = false;
    load().then(
      (value) => current && setResource({ state: 'loaded', value }),
      (error) => current && setResource({ state: 'failed', problem: asProblem(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation, ...deps]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const refresh = useCallback(() => {
    quietly.current = true;
    setGeneration((g) => g + 1);
  }, []);
  return [resource, reload, refresh];
}

/** Runs a write and then `after` (a reload, say); a failure is kept for the view to show. */
export function useAction(after: () => void): [Problem | undefined, (action: () => Promise<unknown>) => Promise<void>] {
  const [failure, setFailure] = useState<Problem>();
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      setFailure(undefined);
      try {
        await action();
        after();
      } catch (error) {
        setFailure(asProblem(error));
      }
    },
    [after],
  );
  return [failure, run];
}
