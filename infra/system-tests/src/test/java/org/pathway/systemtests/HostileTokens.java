package org.pathway.systemtests;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.pathway.infra.local.HttpCalls;
import org.pathway.infra.local.KeycloakServer;
import org.pathway.infra.local.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tokens a resource server must refuse, made from real Keycloak tokens (re-headed, re-signed or tampered) or minted
 * with a foreign key by the test issuer, each named by the attack it stands for.
 */
final class HostileTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    private HostileTokens() {
    }

    /**
     * @param realToken      a valid access token of the pathway realm (faculty and institution admin of northbridge)
     * @param idToken        that user's ID token
     * @param otherAudience  a real pathway-realm access token issued to a client without the pathway-api audience
     * @param otherRealm     a real access token of another realm (the master realm's administrator)
     * @param expired        a real access token whose {@code exp} lies more than the clock skew in the past
     */
    static Map<String, String> all(PlatformUnderTest platform, String realToken, String idToken, String otherAudience,
            String otherRealm, String expired) {
        String issuer = platform.keycloak.issuerUri(KeycloakServer.PATHWAY_REALM);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("alg-none", unsecured(realToken));
        tokens.put("hs256-with-rs-public-key", keyConfusion(platform, realToken));
        tokens.put("wrong-issuer-other-realm", otherRealm);
        tokens.put("wrong-issuer-foreign-issuer", TestInfrastructure.jwtIssuer().token().organization("northbridge")
                .roles("faculty", "institution-admin", "platform-admin").sign());
        tokens.put("wrong-audience", otherAudience);
        tokens.put("expired-beyond-skew", expired);
        tokens.put("tampered-signature", tamperedSignature(realToken));
        tokens.put("tampered-claims", tamperedClaims(realToken));
        tokens.put("unknown-kid-real-token", withHeader(realToken, header(realToken).put("kid", UUID.randomUUID().toString())));
        tokens.put("unknown-kid-foreign-key", TestInfrastructure.jwtIssuer().token().issuer(issuer)
                .organization("northbridge").roles("faculty", "institution-admin", "platform-admin").signWithUnknownKid());
        tokens.put("id-token-as-access-token", idToken);
        return tokens;
    }

    static JsonNode claims(String token) {
        return JSON.readTree(new String(B64_DECODER.decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static ObjectNode header(String token) {
        return (ObjectNode) JSON.readTree(new String(B64_DECODER.decode(token.split("\\.")[0]), StandardCharsets.UTF_8));
    }

    private static String encode(JsonNode json) {
        return B64.encodeToString(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }

    /** Same payload and signature under another header: the signature no longer matches what it signs. */
    private static String withHeader(String token, JsonNode header) {
        String[] parts = token.split("\\.");
        return encode(header) + "." + parts[1] + "." + parts[2];
    }

    private static String unsecured(String token) {
        ObjectNode header = JSON.createObjectNode().put("alg", "none").put("typ", "JWT");
        return encode(header) + "." + token.split("\\.")[1] + ".";
    }

    /** HS256 over the real claims with the realm's RSA public key (X.509 DER, as a careless verifier would use it). */
    private static String keyConfusion(PlatformUnderTest platform, String token) {
        ObjectNode header = header(token);
        String kid = header.get("kid").asString();
        JsonNode keys = JSON.readTree(HttpCalls.get(platform.keycloak.jwkSetUri(KeycloakServer.PATHWAY_REALM), null).body());
        JsonNode key = keys.get("keys").valueStream().filter(candidate -> kid.equals(candidate.get("kid").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("the realm's JWKS has no key " + kid));
        try {
            PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, B64_DECODER.decode(key.get("n").asString())),
                    new BigInteger(1, B64_DECODER.decode(key.get("e").asString()))));
            String signingInput = encode(header.put("alg", "HS256")) + "." + token.split("\\.")[1];
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKey.getEncoded(), "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the key-confusion token", e);
        }
    }

    /** One character in the middle of the signature changed (the last one may only carry padding bits). */
    private static String tamperedSignature(String token) {
        int middle = token.lastIndexOf('.') + (token.length() - token.lastIndexOf('.')) / 2;
        char replacement = token.charAt(middle) == 'A' ? 'B' : 'A';
        return token.substring(0, middle) + replacement + token.substring(middle + 1);
    }

    /** The real signature over claims that now make the user a platform admin of lakeside. */
    private static String tamperedClaims(String token) {
        ObjectNode claims = (ObjectNode) claims(token);
        claims.putArray("organization").add("lakeside");
        claims.putObject("realm_access").putArray("roles").add("platform-admin").add("institution-admin");
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }
}
