import { Factor } from './model';
import { notesFor, reasonsFor } from './logic';

/**
 * A fit score and why: each factor that earned points as a bar of its share of the score, with its reason in words;
 * the factors that earned nothing follow as quiet notes, so nobody wonders whether they were considered.
 */
export function FitReasons({ score, factors, heading }: { score: number; factors: Factor[]; heading: string }) {
  const reasons = reasonsFor(factors);
  const notes = notesFor(factors);
  const total = Math.max(score, reasons.reduce((sum, factor) => sum + factor.points, 0), 1);
  return (
    <div className="fit">
      <p className="fit-score">
        <span className="fit-number">{score}</span> <span className="muted">fit points</span>
      </p>
      <p className="fit-heading">{heading}</p>
      {reasons.length === 0 ? (
        <p className="muted">Nothing in particular: eligible, but no shared interests known yet.</p>
      ) : (
        <ul className="reasons">
          {reasons.map((factor) => (
            <li key={factor.name} className="reason">
              <span className="reason-bar" aria-hidden="true">
                <span style={{ width: `${Math.round((factor.points / total) * 100)}%` }} />
              </span>
              <span>{factor.reason}</span>
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && <p className="reason-notes muted">Also considered: {notes.map((n) => n.reason).join('; ')}.</p>}
    </div>
  );
}
