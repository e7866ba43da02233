package org.pathway.gateway.edge;

import java.util.Optional;

import org.pathway.gateway.PathwayGatewayProperties;
import org.pathway.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Rate limits on {@code /api/**}, after authentication (so the caller is known from a verified token, never from a
 * header it could forge): one bucket per user ({@code sub}) and one per OAuth client ({@code azp}; the portal's own
 * client for browser sessions). A request over either budget gets 429 problem details with {@code Retry-After} and
 * never reaches a service.
 */
final class RateLimitFilter implements WebFilter, Ordered {

    private final TokenBuckets users;
    private final TokenBuckets clients;
    private final String portalClientId;
    private final ProblemResponses problems;

    RateLimitFilter(PathwayGatewayProperties properties, ProblemResponses problems) {
        this.users = new TokenBuckets(properties.rateLimits().perUser(), System::nanoTime);
        this.clients = new TokenBuckets(properties.rateLimits().perClient(), System::nanoTime);
        this.portalClientId = properties.portal().clientId();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // Spring Security's filter chain runs at -100; this must see its outcome.
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> Optional.of(caller(authentication)))
                // Unauthenticated requests were already answered 401 by security; nothing to count.
                .defaultIfEmpty(Optional.empty())
                .flatMap(caller -> {
                    if (caller.isEmpty()) {
                        return chain.filter(exchange);
                    }
                    TokenBuckets.Decision decision = take(caller.get());
                    return decision.allowed() ? chain.filter(exchange) : tooManyRequests(exchange, decision);
                });
    }

    private TokenBuckets.Decision take(Caller caller) {
        TokenBuckets.Decision user = users.tryTake(caller.user());
        if (!user.allowed()) {
            return user;
        }
        TokenBuckets.Decision client = clients.tryTake(caller.client());
        if (!client.allowed()) {
            users.giveBack(caller.user());
        }
        return client;
    }

    private Mono<Void> tooManyRequests(ServerWebExchange exchange, TokenBuckets.Decision decision) {
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests; retry after " + seconds + " s.");
    }

    private Caller caller(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            String client = jwt.getToken().getClaimAsString("azp");
            return new Caller(jwt.getToken().getSubject() != null ? jwt.getToken().getSubject() : jwt.getName(),
                    client != null ? client : "(no azp)");
        }
        if (authentication instanceof OAuth2AuthenticationToken session) {
            return new Caller(session.getName(), portalClientId);
        }
        return new Caller(authentication.getName(), "(unknown client)");
    }

    record Caller(String user, String client) {
    }
}
