package org.pathway.kit.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.pathway.kit.config.KitProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Resource-server defaults for every service: RS256 JWTs from the realm's JWKS (fetched lazily, so the issuer need
 * not be up at start-up), issuer + audience + expiry with a small skew, realm roles as {@code ROLE_<role>},
 * stateless, problem JSON for 401/403. Paths: public (health, OpenAPI), platform-admin, tenant-scoped (a token
 * with exactly one organization), everything else authenticated.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"},
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(KitProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class KitSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder pathwayJwtDecoder(KitProperties properties) {
        KitProperties.Security security = properties.security();
        if (security.issuerUri() == null || security.issuerUri().isBlank()) {
            throw new IllegalStateException("Set pathway.kit.security.issuer-uri (the realm's issuer, e.g. "
                    + "http://127.0.0.1:8180/realms/pathway)");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(security.effectiveJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(security.clockSkew()),
                new JwtIssuerValidator(security.issuerUri()), audience(security.audience())));
        return decoder;
    }

    private static OAuth2TokenValidator<Jwt> audience(String required) {
        OAuth2Error error = new OAuth2Error("invalid_token", "The token is not meant for " + required, null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(required)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtAuthenticationConverter pathwayJwtAuthenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName("sub");
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            CurrentUser.realmRoles(jwt).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            return authorities;
        });
        return converter;
    }

    @Bean
    ProblemSecurityHandlers pathwayProblemSecurityHandlers(JsonMapper jsonMapper) {
        return new ProblemSecurityHandlers(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain pathwaySecurityFilterChain(HttpSecurity http, KitProperties properties,
            JwtAuthenticationConverter jwtAuthenticationConverter, ProblemSecurityHandlers problems) throws Exception {
        KitProperties.Security security = properties.security();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(security.publicPaths().toArray(String[]::new)).permitAll()
                            .requestMatchers(security.platformAdminPaths().toArray(String[]::new))
                            .hasRole(security.platformAdminRole());
                    for (KitProperties.Security.RoleRule rule : security.roleRules()) {
                        requests.requestMatchers(rule.paths().toArray(String[]::new)).access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasAnyRole(rule.anyOf().toArray(String[]::new)),
                                singleTenant()));
                    }
                    requests.requestMatchers(security.tenantPaths().toArray(String[]::new)).access(singleTenant())
                            .anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> singleTenant() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof JwtAuthenticationToken token
                        && CurrentUser.of(token.getToken()).hasTenant());
    }

    @Bean
    WebMvcConfigurer pathwayCurrentUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }
}
