/** Readiness gauge maths: a half circle from 180° (score 0) to 0° (score 100). */

export type ReadinessStatus = 'NOT_READY' | 'BORDERLINE' | 'READY';

export const GAUGE = { cx: 100, cy: 100, r: 80 } as const;

/** Scores outside 0–100 (or not numbers) are drawn at the nearest end, never off the dial. */
export function clampScore(score: number): number {
  if (!Number.isFinite(score)) {
    return 0;
  }
  return Math.min(100, Math.max(0, Math.round(score)));
}

/** The point on the dial for a score. */
export function pointFor(score: number, radius: number = GAUGE.r): { x: number; y: number } {
  const angle = Math.PI * (1 - clampScore(score) / 100);
  return {
    x: round(GAUGE.cx + radius * Math.cos(angle)),
    y: round(GAUGE.cy - radius * Math.sin(angle)),
  };
}

/** The SVG path of the filled arc from 0 to the score; empty at 0 so nothing is drawn. */
export function arcPath(score: number): string {
  const value = clampScore(score);
  if (value === 0) {
    return '';
  }
  const start = pointFor(0);
  const end = pointFor(value);
  // A half circle never needs the large-arc flag; sweep 1 draws clockwise over the top.
  return `M ${start.x} ${start.y} A ${GAUGE.r} ${GAUGE.r} 0 0 1 ${end.x} ${end.y}`;
}

export const STATUS_LABEL: Record<ReadinessStatus, string> = {
  NOT_READY: 'Not ready yet',
  BORDERLINE: 'Borderline',
  READY: 'Ready',
};

/** Share of a target reached, for the met/unmet chart: 0–1, a target of 0 counting as reached. */
export function shareOfTarget(found: number, needed: number): number {
  if (needed <= 0) {
    return 1;
  }
  return Math.min(1, Math.max(0, found / needed));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
