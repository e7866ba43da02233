export interface Bar {
  label: string;
  value: number;
  /** What the bar says in words, when the number alone does not (e.g. "3 of 12"). */
  text?: string;
  tone?: 'accent' | 'ready' | 'borderline' | 'not-ready' | 'muted';
}

// Sized so the text stays readable from a phone's column up to a wide card (the SVG scales with its box).
const ROW = 28;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 170;
const VALUE_WIDTH = 60;
const LABEL_CHARS = 20;

/**
 * Horizontal bars as a small inline SVG, each labelled and its value written out; the figure's name says what is
 * measured, and every bar is readable as text (colour is never the only signal).
 */
export function BarChart({ title, bars, max }: { title: string; bars: Bar[]; max?: number }) {
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 1);
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  return (
    <figure className="bar-chart">
      <svg
        viewBox={`0 0 ${width} ${Math.max(bars.length, 1) * ROW}`}
        role="img"
        aria-label={`${title}: ${bars.map((bar) => `${bar.label} ${bar.text ?? bar.value}`).join(', ')}`}
      >
        {bars.map((bar, i) => {
          const y = i * ROW;
          const length = Math.max(0, Math.min(1, bar.value / top)) * BAR_WIDTH;
          return (
            <g key={bar.label}>
              <title>{`${bar.label}: ${bar.text ?? bar.value}`}</title>
              <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 5} textAnchor="end" className="bar-chart-label">
                {bar.label.length > LABEL_CHARS ? `${bar.label.slice(0, LABEL_CHARS - 1)}…` : bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 6} width={BAR_WIDTH} height={ROW - 12} className="bar-chart-track" rx={3} />
              <rect
                x={LABEL_WIDTH}
                y={y + 6}
                width={length}
                height={ROW - 12}
                className={`bar-chart-fill tone-${bar.tone ?? 'accent'}`}
                rx={3}
              />
              <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={y + ROW / 2 + 5} className="bar-chart-value">
                {bar.text ?? bar.value}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
