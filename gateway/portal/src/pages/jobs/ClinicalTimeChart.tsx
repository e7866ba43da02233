import { COMPARISON_TEXT, compareToTypical, PercentRange, percentRange } from './jobs';

const WIDTH = 300;
const x = (percent: number) => (Math.max(0, Math.min(100, percent)) / 100) * WIDTH;

/**
 * This role's clinical time on a 0–100% line, over the band that is typical for its role type: a candidate sees at a
 * glance whether "education role" here means 20% clinical or 60%. The sentence says the same for screen readers.
 */
export function ClinicalTimeChart({ thisRole, typical, roleLabel }: {
  thisRole: PercentRange;
  typical?: PercentRange | null;
  roleLabel: string;
}) {
  const comparison = compareToTypical(thisRole, typical);
  const label = `Clinical time ${percentRange(thisRole)}${
    typical ? `; typical for ${roleLabel.toLowerCase()}: ${percentRange(typical)}` : ''
  }: ${COMPARISON_TEXT[comparison]}`;
  const roleWidth = Math.max(x(thisRole.max) - x(thisRole.min), 4);
  return (
    <figure className={`clinical-chart comparison-${comparison}`}>
      <svg viewBox={`0 0 ${WIDTH} 34`} role="img" aria-label={label} preserveAspectRatio="none">
        <rect className="clinical-axis" x={0} y={12} width={WIDTH} height={10} rx={5} />
        {typical && (
          <rect
            className="clinical-typical"
            x={x(typical.min)}
            y={8}
            width={Math.max(x(typical.max) - x(typical.min), 2)}
            height={18}
            rx={3}
          />
        )}
        <rect
          className="clinical-role"
          x={Math.min(x(thisRole.min), WIDTH - roleWidth)}
          y={13}
          width={roleWidth}
          height={8}
          rx={2}
        />
      </svg>
      <figcaption>
        <span className="clinical-scale" aria-hidden="true">
          <span>0%</span>
          <span>50%</span>
          <span>100%</span>
        </span>
        <span>
          <strong>{percentRange(thisRole)} clinical</strong>
          {typical ? ` · typical ${percentRange(typical)}` : ''} — {COMPARISON_TEXT[comparison]}
        </span>
      </figcaption>
    </figure>
  );
}
