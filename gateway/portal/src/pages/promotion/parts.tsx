import { ReactNode } from 'react';
import { label } from '../Dashboard';
import { day, EvidenceLine, LetterCounts, timeline, TimelineStep, when } from './dossier';

const STATE_WORDS: Record<TimelineStep['state'], string> = { done: 'done', current: 'in progress', next: 'ahead' };

/** Where the dossier stands as a row of steps; each step says its state in words, never by colour alone. */
export function Timeline(props: Parameters<typeof timeline>[0]) {
  const steps = timeline(props);
  return (
    <ol className="dossier-timeline" aria-label="Dossier timeline">
      {steps.map((step) => (
        <li key={step.key} className={`step step-${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
          <span className="step-dot" aria-hidden="true" />
          <span className="step-label">{step.label}</span>
          <span className="step-when">{step.at ? when(step.at) : STATE_WORDS[step.state]}</span>
          <span className="visually-hidden">({STATE_WORDS[step.state]})</span>
        </li>
      ))}
    </ol>
  );
}

/** The status as a badge with its words. */
export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge dossier-status status-${status.toLowerCase()}`}>{label(status)}</span>;
}

/** The frozen evidence, as the snapshot holds it. */
export function EvidenceTable({ evidence, caption }: { evidence: EvidenceLine[]; caption: string }) {
  if (evidence.length === 0) {
    return <p>No evidence was in the portfolio when the dossier was submitted.</p>;
  }
  return (
    <table className="evidence-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">Title</th>
          <th scope="col">Date</th>
        </tr>
      </thead>
      <tbody>
        {evidence.map((item) => (
          <tr key={item.activityId}>
            <td>{label(item.kind)}</td>
            <td>
              {item.title}
              <Details details={item.details} />
            </td>
            <td>
              {day(item.occurredOn)}
              {item.endedOn && ` – ${day(item.endedOn)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A frozen item's typed facts (authors, venue, role…) in one muted line. */
function Details({ details }: { details?: Record<string, unknown> }) {
  const facts = Object.entries(details ?? {})
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${label(key.replace(/([a-z])([A-Z])/g, '$1_$2'))}: ${Array.isArray(value) ? value.map(fact).join(', ') : fact(value)}`);
  return facts.length === 0 ? null : <span className="evidence-details">{facts.join(' · ')}</span>;
}

/** A value as words: enum constants (MEDICAL_STUDENT) read as "medical student". */
function fact(value: unknown): string {
  const text = String(value);
  return /^[A-Z][A-Z_]+$/.test(text) ? label(text) : text;
}

/** Requested, received and overdue letters as one stacked bar, with the counts written out. */
export function LetterBar({ counts }: { counts: LetterCounts }) {
  const parts = [
    { key: 'RECEIVED', count: counts.RECEIVED, words: 'received' },
    { key: 'REQUESTED', count: counts.REQUESTED, words: 'awaited' },
    { key: 'OVERDUE', count: counts.OVERDUE, words: 'overdue' },
  ];
  const total = parts.reduce((sum, part) => sum + part.count, 0);
  const summary = parts.map((part) => `${part.count} ${part.words}`).join(' · ');
  return (
    <div className="letter-bar-wrap">
      <p className="letter-summary">
        {summary}
        {counts.WITHDRAWN > 0 && ` · ${counts.WITHDRAWN} withdrawn`}
      </p>
      {total > 0 && (
        <div className="letter-bar" role="img" aria-label={`Letters: ${summary}`}>
          {parts
            .filter((part) => part.count > 0)
            .map((part) => (
              <span key={part.key} className={`letter-seg seg-${part.key.toLowerCase()}`} style={{ flexGrow: part.count }} />
            ))}
        </div>
      )}
    </div>
  );
}

/** The FOR / AGAINST / ABSTAIN counts once the vote closed, as bars with their numbers. */
export function Tally({ tally }: { tally: Record<string, number> }) {
  const most = Math.max(1, ...Object.values(tally));
  return (
    <ul className="tally" aria-label="Vote tally">
      {Object.entries(tally).map(([choice, count]) => (
        <li key={choice}>
          <span className="tally-label">{label(choice)}</span>
          <span className={`tally-bar tally-${choice.toLowerCase()}`} style={{ width: `${(count / most) * 100}%` }} />
          <span className="tally-count">{count}</span>
        </li>
      ))}
    </ul>
  );
}

/** A section card with its heading tied to it. */
export function Card({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={wide ? 'card wide' : 'card'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
