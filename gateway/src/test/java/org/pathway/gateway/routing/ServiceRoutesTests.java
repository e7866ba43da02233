package org.pathway.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes generated from {@code pathway.gateway.services.*}: the launcher defaults from application.yml plus one
 * more service added by a property alone. Starting the context also proves the gateway starts with no Keycloak.
 */
@SpringBootTest(properties = {
        "pathway.gateway.services.reports=http://127.0.0.1:9099",
        "pathway.gateway.max-request-size=2KB",
        "pathway.gateway.resilience.response-timeouts.reports=45s"})
class ServiceRoutesTests {

    private static final String API_DOCS = "-api-docs";

    @Autowired
    RouteLocator routeLocator;

    @Test
    void shouldGenerateOneRoutePerConfiguredServiceWithTheLauncherPortsAsDefaults() {
        Map<String, URI> routes = routes().stream().collect(Collectors.toMap(Route::getId, Route::getUri));

        assertThat(routes).containsExactlyInAnyOrderEntriesOf(Map.of(
                "portfolio", URI.create("http://127.0.0.1:8081"),
                "promotion-review", URI.create("http://127.0.0.1:8082"),
                "mentoring-match", URI.create("http://127.0.0.1:8083"),
                "job-posting", URI.create("http://127.0.0.1:8084"),
                "notification", URI.create("http://127.0.0.1:8085"),
                "reports", URI.create("http://127.0.0.1:9099")));
    }

    @Test
    void shouldMatchOnlyTheServicesOwnPrefix() {
        Route jobPosting = route("job-posting");

        assertThat(matches(jobPosting, "/api/job-posting/postings/42")).isTrue();
        assertThat(matches(jobPosting, "/api/job-posting")).isTrue();
        assertThat(matches(jobPosting, "/api/job-postings/42")).isFalse();
        assertThat(matches(jobPosting, "/api/portfolio/job-posting")).isFalse();
        assertThat(matches(jobPosting, "/job-posting/postings")).isFalse();
    }

    @Test
    void shouldGiveEveryRouteTheSizeLimitTokenRelayAndCookieRemoval() {
        for (Route route : routes()) {
            List<String> filters = route.getFilters().stream()
                    .map(filter -> filter instanceof OrderedGatewayFilter ordered ? ordered.getDelegate() : filter)
                    .map(Object::toString)
                    .toList();
            assertThat(filters).as(route.getId())
                    .anySatisfy(filter -> assertThat(filter).contains("TokenRelay"))
                    .anySatisfy(filter -> assertThat(filter).contains("RemoveRequestHeader").contains("Cookie"));
            RequestSizeLimit sizeLimit = route.getFilters().stream()
                    .filter(RequestSizeLimit.class::isInstance).map(RequestSizeLimit.class::cast)
                    .findFirst().orElseThrow(() -> new AssertionError(route.getId() + " has no size limit"));
            assertThat(sizeLimit.limit().toBytes()).isEqualTo(2048);
        }
    }

    @Test
    void shouldGiveEveryRouteItsOwnCircuitBreakerAndTimeouts() {
        for (Route route : routes()) {
            assertThat(route.getFilters()).as(route.getId())
                    .anySatisfy(filter -> assertThat(filter.toString()).contains("name = '" + route.getId() + "'"));
            assertThat(route.getMetadata()).as(route.getId()).containsEntry("connect-timeout", 2000);
        }
        assertThat(route("portfolio").getMetadata()).containsEntry("response-timeout", 10_000L);
        assertThat(route("reports").getMetadata()).containsEntry("response-timeout", 45_000L);
    }

    @Test
    void shouldRouteEachServicesOpenApiDocumentReadOnlyToItsOwnApiDocs() {
        Route reportsDocs = allRoutes().stream().filter(route -> route.getId().equals("reports" + API_DOCS))
                .findFirst().orElseThrow();

        assertThat(reportsDocs.getUri()).isEqualTo(URI.create("http://127.0.0.1:9099"));
        assertThat(reportsDocs.getMetadata()).containsEntry("response-timeout", 45_000L);
        assertThat(matches(reportsDocs, "/v3/api-docs/reports")).isTrue();
        assertThat(matches(reportsDocs, "/v3/api-docs/portfolio")).isFalse();
        MockServerWebExchange post = MockServerWebExchange.from(MockServerHttpRequest.post("/v3/api-docs/reports"));
        assertThat(Mono.from(reportsDocs.getPredicate().apply(post)).block()).isFalse();
        assertThat(allRoutes().stream().filter(route -> route.getId().endsWith(API_DOCS)).count()).isEqualTo(6);
    }

    /** The API routes, without the documentation routes ({@code <service>-api-docs}). */
    private List<Route> routes() {
        return allRoutes().stream().filter(route -> !route.getId().endsWith(API_DOCS)).toList();
    }

    private List<Route> allRoutes() {
        return routeLocator.getRoutes().collectList().block();
    }

    private Route route(String id) {
        return routes().stream().filter(route -> route.getId().equals(id)).findFirst().orElseThrow();
    }

    private static boolean matches(Route route, String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        return Boolean.TRUE.equals(Mono.from(route.getPredicate().apply(exchange)).block());
    }
}
