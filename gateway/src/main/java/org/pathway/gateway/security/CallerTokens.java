package org.pathway.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The access token behind a caller, whichever way they came: a bearer caller's own token, or the access token a
 * portal session holds (its ID token carries no realm roles). Read on the server only; no token reaches the browser.
 */
public final class CallerTokens {

    private final ReactiveOAuth2AuthorizedClientManager clients;
    private final ReactiveJwtDecoder jwtDecoder;

    CallerTokens(ReactiveOAuth2AuthorizedClientManager clients, ReactiveJwtDecoder jwtDecoder) {
        this.clients = clients;
        this.jwtDecoder = jwtDecoder;
    }

    /** Empty for any other kind of authentication, or a session whose token can no longer be had. */
    public Mono<Jwt> accessToken(Authentication authentication, ServerWebExchange exchange) {
        if (authentication instanceof JwtAuthenticationToken bearer) {
            return Mono.just(bearer.getToken());
        }
        if (authentication instanceof OAuth2AuthenticationToken session) {
            // Through the client manager, so an expired access token is refreshed rather than read stale. The token
            // is decoded (signature, issuer, audience, expiry) like a bearer token before anything is read from it.
            OAuth2AuthorizeRequest authorize = OAuth2AuthorizeRequest
                    .withClientRegistrationId(session.getAuthorizedClientRegistrationId())
                    .principal(session)
                    .attribute(ServerWebExchange.class.getName(), exchange)
                    .build();
            return clients.authorize(authorize)
                    .flatMap(client -> jwtDecoder.decode(client.getAccessToken().getTokenValue()));
        }
        return Mono.empty();
    }
}
