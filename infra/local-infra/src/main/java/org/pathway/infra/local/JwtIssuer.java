package org.pathway.infra.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A key-signed token issuer shaped like the Keycloak realm {@code pathway}: it serves the realm's JWKS and
 * OpenID discovery document over HTTP and mints RS256 access tokens carrying the claims Keycloak puts there.
 * Services under test verify these tokens exactly as they verify Keycloak's (signature via the JWKS, issuer,
 * audience, expiry), without the 45 s Keycloak start. The {@code sign*} variants on {@link TokenBuilder} mint
 * hostile tokens that a correctly configured resource server must reject.
 */
public final class JwtIssuer implements RunningServer {

    static final String REALM = "pathway";
    static final String DEFAULT_AUDIENCE = "pathway-api";
    static final String DEFAULT_AUTHORIZED_PARTY = "pathway-gateway";
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final HttpServer http;
    private final ExecutorService executor;
    private final RSAKey signingKey;
    private final String issuerUri;
    private boolean closed;

    private JwtIssuer(HttpServer http, ExecutorService executor, RSAKey signingKey) {
        this.http = http;
        this.executor = executor;
        this.signingKey = signingKey;
        this.issuerUri = "http://127.0.0.1:" + http.getAddress().getPort() + "/realms/" + REALM;
    }

    /** On a free loopback port, with a fresh RSA-2048 key. */
    public static JwtIssuer start() {
        return start(0);
    }

    /** On the given loopback port ({@code 0} = any free port), with a fresh RSA-2048 key. */
    public static JwtIssuer start(int port) {
        RSAKey key = newRsaKey(UUID.randomUUID().toString());
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the JWT issuer to 127.0.0.1:" + port, e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, daemonThreads());
        http.setExecutor(executor);
        JwtIssuer issuer = new JwtIssuer(http, executor, key);
        String realmPath = "/realms/" + REALM;
        http.createContext(realmPath + "/protocol/openid-connect/certs",
                exchange -> issuer.respond(exchange, issuer.jwkSetJson()));
        http.createContext(realmPath + "/.well-known/openid-configuration",
                exchange -> issuer.respond(exchange, issuer.discoveryJson()));
        http.start();
        return issuer;
    }

    public String issuerUri() {
        return issuerUri;
    }

    public String jwkSetUri() {
        return issuerUri + "/protocol/openid-connect/certs";
    }

    /** The key id of the signing key, as published in the JWKS. */
    public String keyId() {
        return signingKey.getKeyID();
    }

    /** A new token with the defaults: random subject, audience {@code pathway-api}, valid for five minutes. */
    public TokenBuilder token() {
        return new TokenBuilder(this);
    }

    @Override
    public boolean endsWithTheJvm() {
        return true;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            http.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "JWT issuer " + issuerUri;
    }

    String jwkSetJson() {
        return new JWKSet(signingKey.toPublicJWK()).toString(true);
    }

    private String discoveryJson() {
        String oidc = issuerUri + "/protocol/openid-connect";
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuerUri);
        document.put("authorization_endpoint", oidc + "/auth");
        document.put("token_endpoint", oidc + "/token");
        document.put("userinfo_endpoint", oidc + "/userinfo");
        document.put("end_session_endpoint", oidc + "/logout");
        document.put("jwks_uri", jwkSetUri());
        document.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials", "password"));
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid", "profile", "email", "organization"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        return JSONObjectUtils.toJSONString(document);
    }

    private void respond(HttpExchange exchange, String json) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            if ("HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static RSAKey newRsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "jwt-issuer-http");
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * A fluent access token in Keycloak's shape. {@link #sign()} gives a valid RS256 token; the other
     * {@code sign*} methods give tokens a resource server must reject. Not thread-safe; one builder per token.
     */
    public static final class TokenBuilder {

        private final JwtIssuer issuer;
        private final Map<String, Object> extraClaims = new LinkedHashMap<>();
        private String subject = UUID.randomUUID().toString();
        private String username;
        private String email;
        private String name;
        private final List<String> organizations = new ArrayList<>();
        private final List<String> roles = new ArrayList<>();
        private List<String> audience = List.of(DEFAULT_AUDIENCE);
        private Instant issuedAt;
        private Duration lifetime = DEFAULT_LIFETIME;
        private String issuerOverride;

        TokenBuilder(JwtIssuer issuer) {
            this.issuer = issuer;
        }

        public TokenBuilder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** {@code preferred_username}. */
        public TokenBuilder username(String username) {
            this.username = username;
            return this;
        }

        public TokenBuilder email(String email) {
            this.email = email;
            return this;
        }

        public TokenBuilder name(String name) {
            this.name = name;
            return this;
        }

        /** Adds an organization alias to the {@code organization} claim (Keycloak 26's default shape: a list of aliases). */
        public TokenBuilder organization(String alias) {
            this.organizations.add(alias);
            return this;
        }

        /** Adds realm roles to {@code realm_access.roles}. */
        public TokenBuilder roles(String... realmRoles) {
            this.roles.addAll(Arrays.asList(realmRoles));
            return this;
        }

        /** Replaces the audience (default {@code pathway-api}); no argument leaves the token without {@code aud}. */
        public TokenBuilder audience(String... aud) {
            this.audience = List.of(aud);
            return this;
        }

        /** Default: now. With {@link #expiresIn(Duration)} this makes expired or not-yet-valid tokens. */
        public TokenBuilder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        /** Lifetime from {@code iat}; default five minutes. A negative duration makes an already expired token. */
        public TokenBuilder expiresIn(Duration lifetime) {
            this.lifetime = lifetime;
            return this;
        }

        /** Puts a different {@code iss} in the token (a token from another realm or host). */
        public TokenBuilder issuer(String issuerUri) {
            this.issuerOverride = issuerUri;
            return this;
        }

        /** Sets any claim, overriding the builder's own; a {@code null} value removes the claim from the token. */
        public TokenBuilder claim(String claimName, Object value) {
            this.extraClaims.put(claimName, value);
            return this;
        }

        /** A valid RS256 token signed by the issuer's key (the one in its JWKS). */
        public String sign() {
            return signWith(issuer.signingKey);
        }

        /** Hostile: an unsecured JWT ({@code alg: none}, empty signature). */
        public String signUnsecured() {
            return new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claims()).serialize();
        }

        /** Hostile: RS256 signed by a different key that claims the issuer's key id. */
        public String signWithForeignKeySameKid() {
            return signWith(newRsaKey(issuer.keyId()));
        }

        /** Hostile: RS256 signed by a key whose id is not in the issuer's JWKS. */
        public String signWithUnknownKid() {
            return signWith(newRsaKey(UUID.randomUUID().toString()));
        }

        /**
         * Hostile: the algorithm-confusion attack, HS256 with the issuer's public key (its X.509 DER encoding) as the
         * HMAC secret, under the issuer's key id.
         */
        public String signHs256WithPublicKey() {
            try {
                byte[] secret = issuer.signingKey.toRSAPublicKey().getEncoded();
                JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                        .keyID(issuer.keyId()).build();
                return sign(header, new MACSigner(secret));
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign the HS256 token", e);
            }
        }

        private String signWith(RSAKey key) {
            try {
                JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                        .keyID(key.getKeyID()).build();
                return sign(header, new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException("Cannot sign the RS256 token", e);
            }
        }

        private String sign(JWSHeader header, JWSSigner signer) throws JOSEException {
            SignedJWT jwt = new SignedJWT(header, claims());
            jwt.sign(signer);
            return jwt.serialize();
        }

        private JWTClaimsSet claims() {
            Instant iat = issuedAt != null ? issuedAt : Instant.now();
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                    .jwtID(UUID.randomUUID().toString())
                    .issuer(issuerOverride != null ? issuerOverride : issuer.issuerUri)
                    .subject(subject)
                    .issueTime(Date.from(iat))
                    .expirationTime(Date.from(iat.plus(lifetime)))
                    .claim("typ", "Bearer")
                    .claim("azp", DEFAULT_AUTHORIZED_PARTY)
                    .claim("scope", "openid profile email organization")
                    .claim("realm_access", Map.of("roles", List.copyOf(roles)));
            if (!audience.isEmpty()) {
                builder.audience(audience);
            }
            if (!organizations.isEmpty()) {
                builder.claim("organization", List.copyOf(organizations));
            }
            if (username != null) {
                builder.claim("preferred_username", username);
            }
            if (email != null) {
                builder.claim("email", email).claim("email_verified", true);
            }
            if (name != null) {
                builder.claim("name", name);
            }
            extraClaims.forEach(builder::claim);
            return builder.build();
        }
    }
}
