package org.pathway.promotionreview.assessment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pathway.promotion-review.readiness.*}.
 *
 * @param recomputeSweep  how often to look for criteria versions whose candidates were not all reassessed (a stop
 *                        half-way through a line)
 * @param recomputeGrace  how old such a version must be before the sweep takes it over from the immediate run
 */
@ConfigurationProperties("pathway.promotion-review.readiness")
record ReadinessProperties(@DefaultValue("30s") Duration recomputeSweep, @DefaultValue("60s") Duration recomputeGrace) {
}
