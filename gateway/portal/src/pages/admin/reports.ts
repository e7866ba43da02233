/** The reports' shapes and the few computations they draw from. */

export interface TrackReport {
  track: string;
  years: number;
  belowMinimum: boolean;
  promotions: number | null;
  medianEvidenceByKind: Record<string, number> | null;
  medianPeerReviewed: number | null;
  medianFirstOrSenior: number | null;
  medianNational: number | null;
  protectedTimePercent: number | null;
}

export interface ProgramReport {
  institution: string;
  generatedAt: string;
  requests: { total: number; byKind: Record<string, number>; open: number; awaitingAnswer: number; matched: number };
  proposals: {
    total: number;
    open: number;
    accepted: number;
    declined: number;
    expired: number;
    ended: number;
    acceptanceRate: number | null;
    medianTimeToAccept: string | number | null;
  };
  capacity: { mentors: number; pausedMentors: number; places: number; mentees: number; use: number | null };
  activeMentorships: number;
}

export interface ReadinessSummary {
  facultyId: string;
  track: string;
  targetRank: string;
  status: string;
  score: number;
  primaryGap: string | null;
}

/** How many faculty stand in each readiness status, in the order a reader scans them. */
export function statusCounts(summaries: ReadinessSummary[]): { status: string; count: number }[] {
  return ['READY', 'BORDERLINE', 'NOT_READY'].map((status) => ({
    status,
    count: summaries.filter((summary) => summary.status === status).length,
  }));
}

/**
 * A duration as people say it. The service writes java.time.Duration, as ISO 8601 ("PT26H30M") or as seconds,
 * depending on its JSON settings; both read the same here.
 */
export function formatDuration(value: string | number | null | undefined): string {
  if (value === null || value === undefined) {
    return 'not yet';
  }
  let seconds: number;
  if (typeof value === 'number') {
    seconds = value;
  } else {
    const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(value);
    if (!match) {
      return value;
    }
    const [, days, hours, minutes, secs] = match;
    seconds = Number(days ?? 0) * 86400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(secs ?? 0);
  }
  if (seconds < 60) {
    return 'under a minute';
  }
  if (seconds < 3600) {
    return `${Math.round(seconds / 60)} min`;
  }
  if (seconds < 2 * 86400) {
    return `${Math.round(seconds / 3600)} h`;
  }
  return `${Math.round(seconds / 86400)} days`;
}

export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${Math.round(share * 100)}%`;
}
