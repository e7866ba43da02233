package org.pathway.infra.local;

import java.net.http.HttpResponse;

/**
 * HTTP calls to a service an IT started on a local port, by path, with a bearer token (or none when it is null).
 * A service's own test helper extends it with the tokens and requests only that service needs.
 */
public class ServiceUnderTest {

    private final int port;

    public ServiceUnderTest(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public HttpResponse<String> get(String path, String token) {
        return HttpCalls.get(url(path), token);
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return HttpCalls.postJson(url(path), token, json);
    }

    public HttpResponse<String> post(String path, String token) {
        return HttpCalls.post(url(path), token);
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return HttpCalls.putJson(url(path), token, json);
    }

    public HttpResponse<String> patch(String path, String token, String json) {
        return HttpCalls.patchJson(url(path), token, json);
    }

    public HttpResponse<String> delete(String path, String token) {
        return HttpCalls.delete(url(path), token);
    }
}
