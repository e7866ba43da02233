package org.pathway.gateway.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/** Keycloak identity-provider representations for an institution's own OIDC or SAML login. */
final class IdentityProviders {

    /** Organization settings in the provider's config (Keycloak 26): the domain it serves, and routing by it. */
    static final String ORGANIZATION_DOMAIN = "kc.org.domain";
    static final String REDIRECT_WHEN_EMAIL_MATCHES = "kc.org.broker.redirect.mode.email-matches";

    private IdentityProviders() {
    }

    static Map<String, Object> representation(OnboardInstitution institution, String alias, String domain) {
        OnboardInstitution.IdentityProvider idp = institution.identityProvider();
        Map<String, String> config = new LinkedHashMap<>();
        String providerId;
        if (idp.oidc() != null) {
            providerId = "oidc";
            var oidc = idp.oidc();
            if (oidc.issuer() != null) {
                config.put("issuer", oidc.issuer());
            }
            config.put("authorizationUrl", oidc.authorizationUrl());
            config.put("tokenUrl", oidc.tokenUrl());
            config.put("jwksUrl", oidc.jwksUrl());
            config.put("useJwksUrl", "true");
            config.put("validateSignature", "true");
            config.put("clientId", oidc.clientId());
            config.put("clientSecret", oidc.clientSecret());
            config.put("clientAuthMethod", "client_secret_post");
            config.put("pkceEnabled", "true");
            config.put("pkceMethod", "S256");
            config.put("defaultScope", "openid email profile");
        } else {
            providerId = "saml";
            var saml = idp.saml();
            config.put("idpEntityId", saml.entityId());
            config.put("singleSignOnServiceUrl", saml.singleSignOnServiceUrl());
            config.put("nameIDPolicyFormat", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress");
            config.put("principalType", "SUBJECT");
            config.put("postBindingResponse", "true");
            config.put("postBindingAuthnRequest", "true");
            config.put("wantAssertionsSigned", Boolean.toString(saml.signingCertificate() != null));
            config.put("validateSignature", Boolean.toString(saml.signingCertificate() != null));
            if (saml.signingCertificate() != null) {
                config.put("signingCertificate", saml.signingCertificate());
            }
        }
        config.put("syncMode", "IMPORT");
        config.put(ORGANIZATION_DOMAIN, domain);
        config.put(REDIRECT_WHEN_EMAIL_MATCHES, "true");

        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("alias", alias);
        representation.put("displayName", idp.displayName() != null ? idp.displayName() : institution.name().trim());
        representation.put("providerId", providerId);
        representation.put("enabled", true);
        // Users reach it by their email domain; other institutions' users should not see its button.
        representation.put("hideOnLogin", true);
        representation.put("trustEmail", true);
        representation.put("config", config);
        return representation;
    }
}
