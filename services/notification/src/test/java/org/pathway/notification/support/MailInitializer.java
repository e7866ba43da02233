package org.pathway.notification.support;

import java.util.Map;

import org.pathway.infra.local.TestInfrastructure;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points Spring Mail at the JVM's shared GreenMail server (a real SMTP server). */
public class MailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pathwayTestSmtp", Map.of(
                "spring.mail.host", TestInfrastructure.smtp().host(),
                "spring.mail.port", TestInfrastructure.smtp().port())));
    }
}
