package org.pathway.portfolio.plan;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration
@EnableConfigurationProperties(MilestoneProperties.class)
class PivotPlanConfig {

    @Bean
    MilestoneDueScheduler milestoneDueScheduler(PivotPlanRepository plans, MongoTemplate mongo, Clock clock,
            MilestoneProperties properties) {
        return new MilestoneDueScheduler(plans, mongo, clock, properties);
    }
}
