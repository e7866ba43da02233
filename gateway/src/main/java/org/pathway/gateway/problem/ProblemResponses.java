package org.pathway.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}) for responses the gateway makes itself:
 * 401/403 from security, 404 for unknown routes, 413, and upstream failures. Services write their own.
 */
public final class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** Sets the status and writes the problem; the caller adds any headers (e.g. WWW-Authenticate) before. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(problem(status, detail, exchange.getRequest().getPath().value()));
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** The problem document itself, for handlers that answer through a {@code ServerResponse} and add members. */
    public static Map<String, Object> body(HttpStatusCode status, String detail, String instance) {
        return problem(status, detail, instance);
    }

    static Map<String, Object> problem(HttpStatusCode status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        // about:blank: the status code says everything; its title is then the reason phrase (RFC 9457 §4.2.1).
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status.value());
        if (detail != null && !detail.isBlank()) {
            problem.put("detail", detail);
        }
        problem.put("instance", instance);
        return problem;
    }

    private static String title(HttpStatusCode status) {
        var known = org.springframework.http.HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "HTTP " + status.value();
    }
}
