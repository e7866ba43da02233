package org.pathway.systemtests;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Cookies as a browser keeps them for a loopback origin. Browsers treat {@code http://127.0.0.1} as a secure context
 * and send {@code Secure} cookies to it (Keycloak marks its login-session cookies so); {@link CookieManager} never sends
 * them over plain HTTP. This handler drops the {@code Secure} flag for loopback hosts only, then stores as usual.
 */
final class LoopbackBrowserCookies extends CookieHandler {

    private static final Pattern SECURE = Pattern.compile(";\\s*Secure(?=;|$)", Pattern.CASE_INSENSITIVE);
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            cookies.put(uri, responseHeaders);
            return;
        }
        Map<String, List<String>> loopback = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        responseHeaders.forEach((name, values) -> {
            if (name != null) {
                loopback.put(name, name.equalsIgnoreCase("Set-Cookie")
                        ? values.stream().map(value -> SECURE.matcher(value).replaceAll("")).toList()
                        : values);
            }
        });
        cookies.put(uri, loopback);
    }
}
