package org.pathway.gateway.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * The portal's placeholder until the real one arrives: {@code /} greets the signed-in user and offers the logout
 * form, {@code /whoami} gives the same facts as JSON. Both sit behind the portal's OIDC login.
 */
@Configuration(proxyBeanMethods = false)
class PortalRoutes {

    @Bean
    RouterFunction<ServerResponse> portalRouter() {
        return route(GET("/"), PortalRoutes::home).andRoute(GET("/whoami"), PortalRoutes::whoami);
    }

    static Mono<ServerResponse> home(ServerRequest request) {
        Mono<CsrfToken> csrf = request.exchange().getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
        return request.principal().cast(Authentication.class)
                .map(PortalRoutes::user)
                .zipWith(csrf)
                .flatMap(userAndCsrf -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .bodyValue(page(userAndCsrf.getT1(), userAndCsrf.getT2())));
    }

    static Mono<ServerResponse> whoami(ServerRequest request) {
        return request.principal().cast(Authentication.class)
                .map(PortalRoutes::user)
                .flatMap(user -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(user.asMap()));
    }

    static SignedInUser user(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OidcUser oidc) {
            List<String> organizations = oidc.getClaimAsStringList("organization");
            return new SignedInUser(oidc.getSubject(), oidc.getPreferredUsername(), oidc.getEmail(),
                    organizations != null ? organizations : List.of());
        }
        return new SignedInUser(authentication.getName(), authentication.getName(), null, List.of());
    }

    static String page(SignedInUser user, CsrfToken csrf) {
        String name = HtmlUtils.htmlEscape(user.username() != null ? user.username() : user.subject());
        String institutions = user.organizations().isEmpty() ? ""
                : " (" + HtmlUtils.htmlEscape(String.join(", ", user.organizations())) + ")";
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Pathway</title></head>
                <body>
                <h1>Pathway</h1>
                <p>Signed in as <strong id="username">%s</strong>%s.</p>
                <form method="post" action="/logout">
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Sign out</button>
                </form>
                </body>
                </html>
                """.formatted(name, institutions, HtmlUtils.htmlEscape(csrf.getParameterName()),
                HtmlUtils.htmlEscape(csrf.getToken()));
    }

    record SignedInUser(String subject, String username, String email, List<String> organizations) {

        Map<String, Object> asMap() {
            // A map rather than the record, so absent claims are left out instead of written as null.
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("subject", subject);
            if (username != null) {
                map.put("username", username);
            }
            if (email != null) {
                map.put("email", email);
            }
            map.put("organizations", organizations);
            return map;
        }
    }
}
