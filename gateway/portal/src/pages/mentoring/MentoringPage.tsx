import { ReactNode } from 'react';

/** The grid of a mentoring page, with the sentence that tells screen readers what the last action did. */
export function MentoringPage({ status, children }: { status: string; children: ReactNode }) {
  return (
    <div className="grid mentoring">
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {children}
    </div>
  );
}
