package org.pathway.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one Pathway service: it records every request it receives and answers
 * {@code 200} with {@code <service name> <path>} as text, at once or after a delay (a hung service).
 */
final class StubService implements AutoCloseable {

    private final String name;
    private final Duration delay;
    private final HttpServer http;
    private final ExecutorService executor;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    private StubService(String name, Duration delay) throws IOException {
        this.name = name;
        this.delay = delay;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(delay.isZero() ? 2 : 16);
        http.setExecutor(executor);
        http.createContext("/", this::handle);
        http.start();
    }

    static StubService start(String name) {
        return start(name, Duration.ZERO);
    }

    /** A service that accepts every request and then takes {@code delay} before it answers (a hung service). */
    static StubService start(String name, Duration delay) {
        try {
            return new StubService(name, delay);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUri() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** The next request this service received, waiting briefly for it. */
    Received takeRequest() throws InterruptedException {
        Received request = received.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError(name + " received no request");
        }
        return request;
    }

    int receivedCount() {
        return received.size();
    }

    boolean receivedNothing() {
        return received.isEmpty();
    }

    void forget() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            long bodyLength = body.transferTo(OutputStream.nullOutputStream());
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Cookie"), bodyLength,
                    exchange.getRequestHeaders().getFirst("traceparent")));
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] answer = (name + " " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    record Received(String method, String pathAndQuery, String authorization, String cookie, long bodyLength,
            String traceParent) {
    }
}
