import { describe, expect, it } from 'vitest';
import { arcPath, clampScore, pointFor, shareOfTarget } from './gauge';

describe('readiness gauge', () => {
  it('keeps scores on the dial', () => {
    expect(clampScore(-5)).toBe(0);
    expect(clampScore(140)).toBe(100);
    expect(clampScore(Number.NaN)).toBe(0);
    expect(clampScore(61.6)).toBe(62);
  });

  it('puts 0 at the left end, 50 at the top and 100 at the right end', () => {
    expect(pointFor(0)).toEqual({ x: 20, y: 100 });
    expect(pointFor(50)).toEqual({ x: 100, y: 20 });
    expect(pointFor(100)).toEqual({ x: 180, y: 100 });
  });

  it('draws the arc from the left end to the score, and nothing for 0', () => {
    expect(arcPath(0)).toBe('');
    expect(arcPath(50)).toBe('M 20 100 A 80 80 0 0 1 100 20');
    expect(arcPath(250)).toBe('M 20 100 A 80 80 0 0 1 180 100');
  });

  it('measures found against target, capped at the target', () => {
    expect(shareOfTarget(1, 4)).toBe(0.25);
    expect(shareOfTarget(6, 4)).toBe(1);
    expect(shareOfTarget(0, 0)).toBe(1);
  });
});
