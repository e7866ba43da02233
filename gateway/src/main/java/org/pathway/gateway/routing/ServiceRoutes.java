package org.pathway.gateway.routing;

import java.net.URI;
import java.util.Map;

import org.pathway.gateway.PathwayGatewayProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * One route per configured service: {@code /api/<name>/**} to {@code pathway.gateway.services.<name>}, path
 * unchanged (every service serves its API under its own prefix). Adding a service is one property, not a route.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    @Bean
    RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, PathwayGatewayProperties properties) {
        return routes(builder, properties);
    }

    static RouteLocator routes(RouteLocatorBuilder builder, PathwayGatewayProperties properties) {
        RequestSizeLimit sizeLimit = new RequestSizeLimit(properties.maxRequestSize());
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Map.Entry<String, URI> service : properties.services().entrySet()) {
            String name = service.getKey();
            routes.route(name, route -> route
                    .path(pathPattern(name))
                    .filters(filters -> apiFilters(filters, sizeLimit)
                            // Last, so it wraps the call to the service itself: timeouts and refused connections
                            // count against the breaker; an open breaker answers 503 without calling the service.
                            .circuitBreaker(breaker -> breaker.setName(name)))
                    .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR,
                            (int) properties.resilience().connectTimeout().toMillis())
                    .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                            properties.resilience().responseTimeout(name).toMillis())
                    .uri(service.getValue()));
        }
        return routes.build();
    }

    static String pathPattern(String serviceName) {
        return "/api/" + serviceName + "/**";
    }

    /** The filters every API route shares (rate limits apply to all of {@code /api/**} as a web filter instead). */
    private static GatewayFilterSpec apiFilters(GatewayFilterSpec filters, RequestSizeLimit sizeLimit) {
        return filters
                .filter(sizeLimit)
                // Puts a portal session's access token on the request; a bearer request is passed on unchanged.
                .tokenRelay()
                // The session cookie authenticates the browser to the gateway only; services must not see it.
                .removeRequestHeader(HttpHeaders.COOKIE);
    }
}
