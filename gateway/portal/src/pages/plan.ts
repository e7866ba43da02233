export interface Milestone {
  id: string;
  title: string;
  dueOn: string;
  status: 'OPEN' | 'DONE' | 'DROPPED';
}

export interface PivotPlan {
  startsOn: string;
  endsOn: string;
  milestones: Milestone[];
  progress: { open: number; done: number; dropped: number; shareDone: number };
}

/** The open milestones soonest first (ISO dates sort as text), at most {@code count}. */
export function upcoming(milestones: Milestone[], count: number): Milestone[] {
  return milestones
    .filter((milestone) => milestone.status === 'OPEN')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    .slice(0, count);
}
