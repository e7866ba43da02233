package org.pathway.portfolio.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Local stand-ins for Crossref, NCBI E-utilities and ORCID on one JDK HTTP server, answering with recordings of the
 * real APIs (src/test/resources/scholarly-apis). The service's real HTTP clients call them over a socket. One server
 * per test JVM, stopped when the JVM exits; every test registers the answers it needs under its own identifiers.
 * Anything not registered answers 404 as Crossref does.
 */
public final class ScholarlyApiStubs {

    private static ScholarlyApiStubs shared;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** One recorded call: path and query as received, and the User-Agent it carried. */
    public record Request(String target, String userAgent) {
    }

    private record Answer(int status, String contentType, byte[] body, Duration delay) {
    }

    /**
     * Points the service's import clients at the shared stubs, with a short read timeout so a late answer is a
     * timeout within a test. Listed with RealInfrastructureInitializer in {@code @ContextConfiguration}.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ScholarlyApiStubs stubs = shared();
            TestPropertyValues.of("pathway.portfolio.imports.crossref=" + stubs.url("/crossref"),
                    "pathway.portfolio.imports.eutils=" + stubs.url("/eutils"),
                    "pathway.portfolio.imports.orcid=" + stubs.url("/orcid/v3.0"),
                    "pathway.portfolio.imports.mailto=imports-it@pathway.test",
                    "pathway.portfolio.imports.read-timeout=1s").applyTo(context);
        }
    }

    private ScholarlyApiStubs() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized ScholarlyApiStubs shared() {
        if (shared == null) {
            try {
                shared = new ScholarlyApiStubs();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ScholarlyApiStubs stubs = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stubs.server.stop(0);
                stubs.executor.shutdownNow();
            }, "scholarly-api-stubs-stop"));
        }
        return shared;
    }

    /** Base URL of one stubbed API, e.g. {@code url("/crossref")}. */
    public String url(String prefix) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Answers {@code target} (path and query exactly as the client sends them, decoded) with a body. */
    public void answer(String target, int status, String contentType, String body) {
        answers.put(target, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), Duration.ZERO));
    }

    /** Answers {@code target} with a recording from src/test/resources/scholarly-apis. */
    public void answerWithRecording(String target, String recording) {
        answer(target, 200, "application/json;charset=UTF-8", recording(recording));
    }

    /** Answers {@code target} correctly, but only after {@code delay}: longer than the client waits. */
    public void answerLate(String target, Duration delay) {
        answers.put(target, new Answer(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8), delay));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public static String recording(String name) {
        try (InputStream in = ScholarlyApiStubs.class.getResourceAsStream("/scholarly-apis/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recording " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String target = exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query);
        requests.add(new Request(target, exchange.getRequestHeaders().getFirst("User-Agent")));
        Answer answer = answers.getOrDefault(target,
                new Answer(404, "text/plain", "Resource not found.".getBytes(StandardCharsets.UTF_8), Duration.ZERO));
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        try {
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            exchange.getResponseBody().write(answer.body());
        } catch (IOException clientGaveUp) {
            // The service stopped waiting (a timeout test): nobody reads this answer.
        } finally {
            exchange.close();
        }
    }
}
