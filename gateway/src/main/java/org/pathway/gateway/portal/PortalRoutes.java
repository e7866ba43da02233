package org.pathway.gateway.portal;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The portal: a single-page app (built from {@code gateway/portal} into {@code static/}) behind the portal's OIDC
 * login. Its own pages all answer with the app's {@code index.html}, so a reload or a bookmark of one works; the
 * app then asks {@code /api/me} who is signed in. {@code /whoami} gives the bare identity for scripts and tests.
 */
@Configuration(proxyBeanMethods = false)
class PortalRoutes {

    /** The app's client-side routes; keep in step with {@code portal/src/navigation.ts}. */
    static final List<String> PAGES = List.of("/", "/portfolio", "/plan", "/find-a-mentor", "/jobs", "/promotion",
            "/mentoring", "/dossiers", "/institution", "/institution/criteria", "/institution/mentoring",
            "/institution/postings", "/institution/reports", "/institution/members", "/notifications",
            // public: the external letter writer's upload page (SecurityConfig lets it through without a login)
            "/promotion/letters/upload");

    /**
     * The deeper addresses notification's emails and feed items link to (e.g. {@code /mentoring/matches/{id}}); the
     * app's navigation.ts opens the right page for each. Keep in step with notification's PortalLinks and MatchLinks.
     */
    static final List<String> DEEP_LINKS = List.of("/portfolio/**", "/mentoring/**", "/promotion/**", "/jobs/**",
            "/notifications/**");

    private static final Resource APP = new ClassPathResource("static/index.html");

    @Bean
    RouterFunction<ServerResponse> portalRouter(SignedInUsers users) {
        RequestPredicate pages = Stream.concat(PAGES.stream(), DEEP_LINKS.stream()).map(page -> GET(page))
                .reduce(RequestPredicate::or).orElseThrow();
        return route(pages, PortalRoutes::app)
                .andRoute(GET("/whoami"), users::whoami)
                .andRoute(GET(SignedInUsers.ME), users::me);
    }

    static Mono<ServerResponse> app(ServerRequest request) {
        if (!APP.exists()) {
            // A gateway built with -Dportal.skip: the API still works, the portal says why it is missing.
            return ServerResponse.notFound().build();
        }
        // Never cached: a new build must reach browsers at once (its hashed assets may be cached for good).
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(APP);
    }
}
