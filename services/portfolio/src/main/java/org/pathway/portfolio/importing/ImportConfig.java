package org.pathway.portfolio.importing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

@Configuration
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfig {

    /** What the issue allows a JSON body (the kit's default, before this service raised it for uploads). */
    static final DataSize BODY_LIMIT = DataSize.ofMegabytes(1);
    /** Room for the multipart boundaries and part headers around a file of the upload limit. */
    static final DataSize MULTIPART_OVERHEAD = DataSize.ofKilobytes(64);

    @Bean
    CrossrefWorks crossrefWorks(ImportProperties properties, JsonMapper json) {
        return new CrossrefWorks(new ScholarlyApi("Crossref", properties, json), properties);
    }

    @Bean
    PubMedSummaries pubMedSummaries(ImportProperties properties, JsonMapper json) {
        return new PubMedSummaries(new ScholarlyApi("PubMed", properties, json), properties);
    }

    @Bean
    OrcidWorks orcidWorks(ImportProperties properties, JsonMapper json) {
        return new OrcidWorks(new ScholarlyApi("ORCID", properties, json), properties);
    }

    /** Ahead of the kit's body-size filter (HIGHEST_PRECEDENCE + 10), which only knows the larger limit. */
    @Bean
    FilterRegistrationBean<RequestSizeLimits> portfolioRequestSizeLimits(ImportProperties properties, JsonMapper json) {
        FilterRegistrationBean<RequestSizeLimits> registration = new FilterRegistrationBean<>(new RequestSizeLimits(
                BODY_LIMIT.toBytes(), properties.maxUploadSize().toBytes() + MULTIPART_OVERHEAD.toBytes(), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
