package org.pathway.jobposting.posting;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The typical clinical time of a role type at an institution: its own override, else the platform default. */
@Component
class ClinicalTimeNorms {

    private final ClinicalTimeProperties properties;

    ClinicalTimeNorms(ClinicalTimeProperties properties) {
        this.properties = properties;
    }

    Optional<PercentRange> typical(String institution, RoleType roleType) {
        Map<RoleType, PercentRange> own = properties.institutions().get(institution);
        if (own != null && own.containsKey(roleType)) {
            return Optional.of(own.get(roleType));
        }
        return Optional.ofNullable(properties.typical().get(roleType));
    }

    /** "Associate program director: typical clinical time 20–60%; this role: 40%". */
    ClinicalTime describe(String institution, RoleType roleType, PercentRange thisRole) {
        PercentRange typical = typical(institution, roleType).orElse(null);
        String summary = roleType.label() + ": "
                + (typical == null ? "no typical clinical time on record" : "typical clinical time " + typical.text())
                + "; this role: " + thisRole.text();
        return new ClinicalTime(typical, thisRole, summary);
    }

    /** @param typical null when neither the institution nor the platform names one for the role type */
    record ClinicalTime(PercentRange typical, PercentRange thisRole, String summary) {
    }
}
