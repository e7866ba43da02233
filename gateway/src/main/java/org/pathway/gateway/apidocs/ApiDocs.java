package org.pathway.gateway.apidocs;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.pathway.gateway.PathwayGatewayProperties;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/**
 * The aggregated OpenAPI of the platform: each service's document at {@code /v3/api-docs/<service>} (a route to the
 * service's own {@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui.html}) listing every one of them. Documents
 * describe routes, never data, so they need no token; {@code SecurityConfig} opens exactly these paths.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

    /** Where Swagger UI and the service documents live; the security chain for documentation matches these. */
    public static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/swagger-ui/**"};

    static String documentPath(String service) {
        return "/v3/api-docs/" + service;
    }

    @Bean
    RouteLocator apiDocsRouteLocator(RouteLocatorBuilder builder, PathwayGatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (Map.Entry<String, URI> service : properties.services().entrySet()) {
            routes.route(service.getKey() + "-api-docs", route -> route
                    .path(documentPath(service.getKey())).and().method("GET")
                    .filters(filters -> filters
                            .setPath("/v3/api-docs")
                            // springdoc writes the document's server URL from the Host it was asked on: with the
                            // gateway's host, Swagger UI's "try it out" goes through the gateway, not around it.
                            .preserveHostHeader()
                            .removeRequestHeader(HttpHeaders.COOKIE)
                            .removeRequestHeader(HttpHeaders.AUTHORIZATION))
                    .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR,
                            (int) properties.resilience().connectTimeout().toMillis())
                    .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR,
                            properties.resilience().responseTimeout(service.getKey()).toMillis())
                    .uri(service.getValue()));
        }
        return routes.build();
    }

    /** One entry per configured service in Swagger UI's document picker, unless {@code springdoc.swagger-ui.urls} is set. */
    @Bean
    SmartInitializingSingleton serviceDocumentsInSwaggerUi(SwaggerUiConfigProperties swaggerUi,
            PathwayGatewayProperties properties) {
        return () -> {
            if (swaggerUi.getUrls() == null || swaggerUi.getUrls().isEmpty()) {
                swaggerUi.setUrls(swaggerUrls(properties));
            }
        };
    }

    static Set<SwaggerUrl> swaggerUrls(PathwayGatewayProperties properties) {
        Set<SwaggerUrl> urls = new LinkedHashSet<>();
        properties.services().keySet().forEach(service -> urls.add(new SwaggerUrl(service, documentPath(service), service)));
        return urls;
    }
}
