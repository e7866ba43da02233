package org.pathway.infra.local;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application context at this JVM's shared real servers: the Kafka broker, the MongoDB wire server
 * (a fresh database per context, so test classes never see each other's documents) and the JWKS-serving token issuer.
 * Use it on any service IT: {@code @ContextConfiguration(initializers = RealInfrastructureInitializer.class)}.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "app");
        JwtIssuer issuer = TestInfrastructure.jwtIssuer();
        Map<String, Object> properties = Map.of(
                "spring.mongodb.uri", TestInfrastructure.mongo().connectionString(),
                "spring.mongodb.database", application + "-it-" + UUID.randomUUID().toString().substring(0, 8),
                "spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers(),
                "pathway.kit.security.issuer-uri", issuer.issuerUri(),
                "pathway.kit.security.jwk-set-uri", issuer.jwkSetUri());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pathwayRealInfrastructure", properties));
    }
}
