package org.pathway.gateway.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ProblemConfig {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    ProblemExceptionHandler problemExceptionHandler(ProblemResponses problems) {
        return new ProblemExceptionHandler(problems);
    }
}
