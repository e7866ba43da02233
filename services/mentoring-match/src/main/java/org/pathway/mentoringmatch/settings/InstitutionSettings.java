package org.pathway.mentoringmatch.settings;

import java.time.Duration;
import java.time.Instant;

import org.pathway.mentoringmatch.scoring.ScoringWeights;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An institution's own matching rules, id = the institution. A null value follows the platform default
 * ({@code pathway.mentoring.*}), so a later change of a default still reaches institutions that never set that value.
 */
@Document("institution_settings")
record InstitutionSettings(@Id String tenant, Duration proposalDeadline, Integer openRequestCap,
        ScoringWeights weights, Instant updatedAt, String updatedBy) {
}
