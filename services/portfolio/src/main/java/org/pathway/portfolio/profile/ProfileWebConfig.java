package org.pathway.portfolio.profile;

import java.time.Clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class ProfileWebConfig implements WebMvcConfigurer {

    /** Runs after the security filter chain's role rules (application.yml): a refused caller is never enrolled. */
    static final int ENROLMENT_ORDER = 10;

    private final ProfileRepository profiles;
    private final Clock clock;

    ProfileWebConfig(ProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ProfileEnrolment(profiles, clock)).addPathPatterns("/api/portfolio/**")
                .excludePathPatterns("/api/portfolio/admin/**").order(ENROLMENT_ORDER);
    }
}
