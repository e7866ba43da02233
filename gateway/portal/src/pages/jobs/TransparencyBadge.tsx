import { Transparency, transparencyLevel } from './jobs';

const LEVEL_TEXT = { open: 'Transparent', partial: 'Partly transparent', opaque: 'Opaque' };
// The readiness colours: green, amber, red.
const LEVEL_STATUS = { open: 'status-ready', partial: 'status-borderline', opaque: 'status-not_ready' };

/** How many of the five questions a candidate must ask the posting already answers. */
export function TransparencyBadge({ transparency }: { transparency: Transparency }) {
  const level = transparencyLevel(transparency);
  return (
    <span
      className={`badge transparency ${LEVEL_STATUS[level]}`}
      title="How many of the five questions to ask before signing this posting answers"
    >
      {LEVEL_TEXT[level]}: {transparency.score}/{transparency.outOf} answered
    </span>
  );
}
