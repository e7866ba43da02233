package org.pathway.gateway.admin;

import java.time.Duration;

import org.pathway.gateway.PathwayGatewayProperties;
import org.pathway.gateway.security.CallerTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.reactive.function.client.WebClient;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin APIs and their Keycloak client. Keycloak's admin API is called with a {@link WebClient} rather than
 * {@code keycloak-admin-client}: that client is blocking JAX-RS (RESTEasy) and would need every call moved off the
 * event loop, and it brings RESTEasy, JAXB and Jackson 2 providers into a WebFlux/Jackson 3 application for the
 * dozen plain JSON calls used here.
 */
@Configuration(proxyBeanMethods = false)
class AdminConfig {

    static final String REGISTRATION_ID = "keycloak-admin";
    static final Duration KEYCLOAK_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration KEYCLOAK_RESPONSE_TIMEOUT = Duration.ofSeconds(10);
    static final Duration KEYCLOAK_IDLE = Duration.ofSeconds(20);

    @Bean
    KeycloakAdminClient keycloakAdminClient(PathwayGatewayProperties properties) {
        var admin = properties.keycloakAdmin();
        // Its own registration repository: the portal's login must not offer this client.
        var registrations = new InMemoryReactiveClientRegistrationRepository(ClientRegistration
                .withRegistrationId(REGISTRATION_ID)
                .clientId(admin.clientId())
                .clientSecret(admin.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(admin.tokenUri())
                .build());
        var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations,
                new InMemoryReactiveOAuth2AuthorizedClientService(registrations));
        var keycloak = new ReactorClientHttpConnector(boundedHttpClient());
        var tokens = new WebClientReactiveClientCredentialsTokenResponseClient();
        tokens.setWebClient(WebClient.builder().clientConnector(keycloak).build());
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials(credentials -> credentials.accessTokenResponseClient(tokens)).build());
        var oauth = new ServerOAuth2AuthorizedClientExchangeFilterFunction(manager);
        oauth.setDefaultClientRegistrationId(REGISTRATION_ID);
        return new KeycloakAdminClient(WebClient.builder().baseUrl(admin.adminUri()).clientConnector(keycloak)
                .filter(oauth).build());
    }

    /**
     * Every admin call, and the service-account token it needs, is bounded: a Keycloak that accepts connections but
     * does not answer (starting, overloaded, a connection it dropped while it restarted) makes the admin API answer
     * 503/504 within seconds instead of holding the caller forever. Idle connections are let go before Keycloak's own
     * idle timeout can close them under a request.
     */
    static HttpClient boundedHttpClient() {
        return HttpClient.create(ConnectionProvider.builder("keycloak-admin")
                        .maxIdleTime(KEYCLOAK_IDLE)
                        .build())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) KEYCLOAK_CONNECT_TIMEOUT.toMillis())
                .responseTimeout(KEYCLOAK_RESPONSE_TIMEOUT);
    }

    @Bean
    RouterFunction<ServerResponse> adminRouter(KeycloakAdminClient keycloak, CallerTokens tokens,
            PathwayGatewayProperties properties, JsonMapper json) {
        return new AdminRoutes(keycloak, tokens, properties, json).router();
    }
}
