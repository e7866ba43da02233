import { shareOfTarget } from '../gauge';

export interface RequirementResult {
  requirementId: string;
  type: string;
  description: string;
  outcome: 'MET' | 'UNMET' | 'DEFERRED';
  found: number;
  needed: number;
  shortfall: number;
}

/** Each requirement as a bar of found against its target; the numbers are written out as well. */
export function RequirementsChart({ requirements }: { requirements: RequirementResult[] }) {
  if (requirements.length === 0) {
    return <p>The criteria for your next rank list no requirements.</p>;
  }
  return (
    <ul className="requirements" aria-label="Requirements against their targets">
      {requirements.map((requirement) => {
        const percent = Math.round(shareOfTarget(requirement.found, requirement.needed) * 100);
        return (
          <li key={requirement.requirementId} className={`requirement outcome-${requirement.outcome.toLowerCase()}`}>
            <div className="requirement-label">
              <span>{requirement.description}</span>
              <span className="requirement-count">
                {requirement.found} / {requirement.needed} · {requirement.outcome.toLowerCase()}
              </span>
            </div>
            <div
              className="bar"
              role="meter"
              aria-valuemin={0}
              aria-valuemax={requirement.needed}
              aria-valuenow={Math.min(requirement.found, requirement.needed)}
              aria-label={requirement.description}
            >
              <div className="bar-fill" style={{ width: `${percent}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
