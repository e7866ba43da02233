package org.pathway.portfolio.importing;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One external scholarly API over a real HTTP client. Whatever goes wrong upstream reaches the client as a problem
 * naming the identifier it sent: an unknown work 404, a timeout 504, anything else (5xx, 429, refused connection,
 * unreadable answer) 502. Never a 500: the fault is not ours and the client can retry.
 */
final class ScholarlyApi {

    private final String name;
    private final RestClient client;
    private final JsonMapper json;

    ScholarlyApi(String name, ImportProperties properties, JsonMapper json) {
        this.name = name;
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build());
        requests.setReadTimeout(properties.readTimeout());
        // Crossref and NCBI ask clients to identify themselves; with a mailto Crossref serves the polite pool.
        this.client = RestClient.builder().requestFactory(requests).defaultHeader("User-Agent",
                "Pathway-portfolio/1.0" + (properties.hasMailto() ? " (mailto:" + properties.mailto() + ")" : ""))
                .build();
    }

    String name() {
        return name;
    }

    /** The JSON document at {@code uri}, fetched for the client's {@code field} = {@code identifier}. */
    JsonNode get(URI uri, String field, String identifier) {
        String body;
        try {
            body = client.get().uri(uri).accept(MediaType.APPLICATION_JSON).retrieve().body(String.class);
        } catch (HttpClientErrorException.NotFound unknown) {
            throw ImportProblem.notFound(name, field, identifier);
        } catch (RestClientResponseException failed) {
            throw ImportProblem.badGateway(name, field, "answered " + failed.getStatusCode().value(), failed);
        } catch (ResourceAccessException unreachable) {
            if (timedOut(unreachable)) {
                throw ImportProblem.timeout(name, field, unreachable);
            }
            throw ImportProblem.badGateway(name, field, "could not be reached", unreachable);
        }
        if (body == null || body.isBlank()) {
            throw ImportProblem.badGateway(name, field, "answered with an empty body", null);
        }
        try {
            return json.readTree(body);
        } catch (JacksonException unreadable) {
            throw ImportProblem.badGateway(name, field, "answered with something that is not JSON", unreadable);
        }
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
