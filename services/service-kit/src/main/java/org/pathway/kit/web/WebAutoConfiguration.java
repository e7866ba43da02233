package org.pathway.kit.web;

import org.pathway.kit.config.KitProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import tools.jackson.databind.json.JsonMapper;

/** Problem details for every error, body size limit and the {@code $}-key guard. */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(KitProperties.class)
public class WebAutoConfiguration {

    @Bean
    ProblemDetailsAdvice pathwayProblemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    JsonBodyGuard pathwayJsonBodyGuard(JsonMapper jsonMapper, KitProperties properties) {
        return new JsonBodyGuard(jsonMapper, properties.web().maxBodySize().toBytes());
    }

    /** Ahead of the security filter chain: an oversized body is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<BodySizeFilter> pathwayBodySizeFilter(KitProperties properties) {
        FilterRegistrationBean<BodySizeFilter> registration = new FilterRegistrationBean<>(
                new BodySizeFilter(properties.web().maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
