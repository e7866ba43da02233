import { arcPath, clampScore, GAUGE, ReadinessStatus, STATUS_LABEL } from '../gauge';

/** The promotion-readiness score on a half dial, with its status in words (colour is never the only signal). */
export function Gauge({ score, status }: { score: number; status: ReadinessStatus }) {
  const value = clampScore(score);
  const track = `M ${GAUGE.cx - GAUGE.r} ${GAUGE.cy} A ${GAUGE.r} ${GAUGE.r} 0 0 1 ${GAUGE.cx + GAUGE.r} ${GAUGE.cy}`;
  return (
    <figure className="gauge">
      <svg viewBox="0 0 200 115" role="img" aria-label={`Readiness ${value} of 100: ${STATUS_LABEL[status]}`}>
        <path d={track} className="gauge-track" />
        {value > 0 && <path d={arcPath(value)} className={`gauge-value status-${status.toLowerCase()}`} />}
        <text x={GAUGE.cx} y={GAUGE.cy - 10} textAnchor="middle" className="gauge-score">
          {value}
        </text>
      </svg>
      <figcaption>
        <span className={`badge status-${status.toLowerCase()}`}>{STATUS_LABEL[status]}</span>
      </figcaption>
    </figure>
  );
}
