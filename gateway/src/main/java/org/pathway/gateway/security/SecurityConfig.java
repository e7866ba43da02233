package org.pathway.gateway.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pathway.gateway.PathwayGatewayProperties;
import org.pathway.gateway.apidocs.ApiDocs;
import org.pathway.gateway.problem.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Four filter chains. {@code /api/**} is for API clients (a bearer JWT, validated here and passed on unchanged) and
 * for the portal's own calls (a logged-in session, whose access token {@code TokenRelay} puts on the request);
 * anything else gets 401 problem details, never a login redirect. Every other path is the portal: OIDC login
 * with Keycloak (authorization code + PKCE), a session cookie, CSRF, logout at Keycloak too; only the external letter
 * writer's upload page (and the app's bundles it loads) opens without a login. Ahead of both, GET on the API
 * documentation ({@link ApiDocs#PATHS}) and on the browser's own icon request are open.
 *
 * <p>Nothing here contacts Keycloak at start-up: the client registration and the JWT decoder are built from the
 * configured URIs, and the signing keys are fetched on the first token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    static final String API_PATHS = "/api/**";
    static final String ADMIN_INSTITUTIONS = "/api/admin/institutions";
    static final String ADMIN_MEMBERS = "/api/admin/members";
    /** How often at most a token with an unknown key id makes the gateway fetch the realm's keys again. */
    static final Duration KEY_REFETCH_INTERVAL = Duration.ofSeconds(15);
    static final String LETTER_UPLOAD = "/api/promotion-review/letters/upload";
    static final String FAVICON = "/favicon.ico";
    /**
     * The portal page an external letter writer reaches from the invitation e-mail: they have no account, so the page
     * and the app's hashed bundles (code and styles, no data) load without a login; the page itself calls nothing but
     * the upload.
     */
    static final String LETTER_UPLOAD_PAGE = "/promotion/letters/upload";
    static final String PORTAL_ASSETS = "/assets/**";
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final PathwayGatewayProperties properties;

    SecurityConfig(PathwayGatewayProperties properties) {
        this.properties = properties;
    }

    /**
     * The aggregated OpenAPI and Swagger UI: open to anyone (route descriptions, no data), read-only, no session.
     * Swagger UI's own bundle sets inline styles and loads images from data URLs, so its CSP allows those two.
     */
    @Bean
    @Order(0)
    SecurityWebFilterChain apiDocsSecurity(ServerHttpSecurity http) {
        return openWithoutSession(http, HttpMethod.GET, ApiDocs.PATHS)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * The icon a browser asks for on its own, in parallel with the portal app's first call, {@code /api/me}, which
     * renews the session id (a new CSRF token does). Sent with the id being renewed, any request that reads the
     * session answers with an expired session cookie, and the browser then drops the renewed one: the app's next
     * call got 401. This request never reads the session, so it cannot sign anyone out.
     */
    @Bean
    @Order(-1)
    SecurityWebFilterChain browserIconSecurity(ServerHttpSecurity http) {
        return openWithoutSession(http, HttpMethod.GET, FAVICON).build();
    }

    /** A chain for {@code paths} that anyone may call and that never reads or creates a session. */
    private static ServerHttpSecurity openWithoutSession(ServerHttpSecurity http, HttpMethod method, String... paths) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(method, paths))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.disable())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable);
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
            ProblemResponses problems, ServerCsrfTokenRepository csrfTokens, CorsConfigurationSource apiCors,
            CallerTokens callerTokens) {
        var unauthorized = new ProblemAuthenticationEntryPoint(problems);
        var forbidden = new ProblemAccessDeniedHandler(problems);
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(API_PATHS))
                .authorizeExchange(exchanges -> exchanges
                        // The gateway's own admin APIs; the services check roles on their routes themselves.
                        .pathMatchers(ADMIN_INSTITUTIONS, ADMIN_INSTITUTIONS + "/**")
                        .access(RealmRoles.require("platform-admin", callerTokens))
                        .pathMatchers(ADMIN_MEMBERS, ADMIN_MEMBERS + "/**")
                        .access(RealmRoles.require("institution-admin", callerTokens))
                        .pathMatchers("/api/admin", "/api/admin/**").denyAll()
                        // An external letter writer has no account: the upload carries its own secret token, which
                        // promotion-review checks.
                        .pathMatchers(HttpMethod.POST, LETTER_UPLOAD).permitAll()
                        .anyExchange().authenticated())
                .cors(cors -> cors.configurationSource(apiCors))
                .headers(headers -> headers
                        // JSON only: nothing on an API response may load, run or be framed.
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                // A bearer-authenticated request is never stored; the session repository only lets a portal
                // login (stored by the portal chain) through to TokenRelay.
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .securityContextRepository(new WebSessionServerSecurityContextRepository())
                // Session calls need the CSRF token; the resource server exempts bearer requests, which carry no
                // ambient credential, and so is a request without cookies: it has nothing to forge, and must get
                // the 401 for its missing token rather than a 403 for a missing CSRF token.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).accessDeniedHandler(forbidden)
                        .requireCsrfProtectionMatcher(SecurityConfig::unsafeWithCookies))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .requestCache(cache -> cache.disable())
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain portalSecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients, ServerCsrfTokenRepository csrfTokens) {
        var keycloakLogout = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        keycloakLogout.setPostLogoutRedirectUri(properties.portal().postLogoutRedirectUri());
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .pathMatchers(HttpMethod.GET, LETTER_UPLOAD_PAGE, PORTAL_ASSETS).permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients)
                        .authenticationFailureHandler(new LoggedLoginFailure()))
                .securityContextRepository(new WebSessionServerSecurityContextRepository())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .headers(headers -> headers
                        // No form-action: the logout form's redirect to Keycloak's end-session page must stay allowed.
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .logout(logout -> logout
                        .logoutHandler(new DelegatingServerLogoutHandler(
                                new SecurityContextServerLogoutHandler(), new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(keycloakLogout))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .build();
    }

    /**
     * The letter upload is exempt too: it acts on no session (it is open to anyone) and its only credential, the upload
     * token, is in the body, which a forging site cannot know; a writer who happens to be signed in to the portal in the
     * same browser has a session cookie but the public page has no CSRF token to send.
     */
    private static Mono<ServerWebExchangeMatcher.MatchResult> unsafeWithCookies(ServerWebExchange exchange) {
        if (LETTER_UPLOAD.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
            return ServerWebExchangeMatcher.MatchResult.notMatch();
        }
        boolean safe = SAFE_METHODS.contains(exchange.getRequest().getMethod());
        boolean cookies = !exchange.getRequest().getCookies().isEmpty();
        return !safe && cookies ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    @Bean
    LoginUnavailable loginUnavailable() {
        return new LoginUnavailable();
    }

    /** Both chains read and check the same token, so a page of the portal can call {@code /api/**}. */
    @Bean
    ServerCsrfTokenRepository csrfTokenRepository() {
        return new WebSessionServerCsrfTokenRepository();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder() {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withJwkSource(new RealmKeys(WebClient.create(), properties.jwkSetUri().toString(), KEY_REFETCH_INTERVAL,
                        System::nanoTime))
                .build();
        decoder.setJwtValidator(jwtValidator(properties));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> jwtValidator(PathwayGatewayProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuerUri().toString()),
                new JwtAudienceValidator(properties.audience())));
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrationRepository() {
        return new InMemoryReactiveClientRegistrationRepository(keycloakRegistration(properties));
    }

    /** Keycloak's endpoints are fixed paths under the realm, so no discovery call is needed at start-up. */
    static ClientRegistration keycloakRegistration(PathwayGatewayProperties properties) {
        var realm = properties.issuerUri();
        var portal = properties.portal();
        return ClientRegistration.withRegistrationId(portal.registrationId())
                .clientName("Pathway")
                .clientId(portal.clientId())
                .clientSecret(portal.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(portal.scopes())
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .issuerUri(realm.toString())
                .authorizationUri(PathwayGatewayProperties.keycloakEndpoint(realm, "auth"))
                .tokenUri(PathwayGatewayProperties.keycloakEndpoint(realm, "token"))
                .userInfoUri(PathwayGatewayProperties.keycloakEndpoint(realm, "userinfo"))
                .jwkSetUri(properties.jwkSetUri().toString())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of(
                        "end_session_endpoint", PathwayGatewayProperties.keycloakEndpoint(realm, "logout")))
                .build();
    }

    @Bean
    CallerTokens callerTokens(ReactiveOAuth2AuthorizedClientManager clients, ReactiveJwtDecoder jwtDecoder) {
        return new CallerTokens(clients, jwtDecoder);
    }

    /** The user's tokens live in the session and die with it. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Used by {@code TokenRelay}: hands out the session's access token, refreshing it when it has expired. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken(refresh -> refresh.clockSkew(properties.clockSkew()))
                .build());
        return manager;
    }
}
