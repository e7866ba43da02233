package org.pathway.jobposting.posting;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The typical clinical time per role type shown beside each posting's own figure. {@code typical} holds the platform
 * defaults (application.yml, from DOMAIN.md); {@code institutions} lets an institution override any role type with
 * its own norm ({@code pathway.job-posting.clinical-time.institutions.lakeside.SIMULATION_DIRECTOR.min=5}).
 */
@ConfigurationProperties("pathway.job-posting.clinical-time")
record ClinicalTimeProperties(
        @DefaultValue Map<RoleType, PercentRange> typical,
        @DefaultValue Map<String, Map<RoleType, PercentRange>> institutions) {
}
