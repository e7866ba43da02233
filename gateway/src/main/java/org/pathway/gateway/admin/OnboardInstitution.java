package org.pathway.gateway.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a platform admin sends to onboard an institution. Exactly these fields are read; anything else in the body
 * is ignored.
 *
 * @param alias             the institution's key in tokens ({@code organization} claim) and URLs; lower case
 * @param name              its display name
 * @param description       optional
 * @param domains           its email domains; users with these domains belong to it, and are routed to its
 *                          identity provider at login when one is given
 * @param identityProvider  optional: the institution's own SSO (OIDC or SAML)
 * @param firstAdmin        the first institution admin, invited by email
 */
record OnboardInstitution(String alias, String name, String description, List<String> domains,
        IdentityProvider identityProvider, InvitedAdmin firstAdmin) {

    static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}");
    static final Pattern URL = Pattern.compile("https?://\\S{1,2000}");

    /**
     * @param alias        Keycloak's alias for the provider; defaults to {@code <institution alias>-<oidc|saml>}
     * @param displayName  the login button's label; defaults to the institution's name
     */
    record IdentityProvider(String alias, String displayName, Oidc oidc, Saml saml) {

        String aliasFor(String institution) {
            return alias != null ? alias : institution + (oidc != null ? "-oidc" : "-saml");
        }
    }

    record Oidc(String issuer, String authorizationUrl, String tokenUrl, String jwksUrl, String clientId,
            String clientSecret) {
    }

    /**
     * @param entityId                the institution IdP's entity id
     * @param singleSignOnServiceUrl  where the authentication request is posted
     * @param signingCertificate      the IdP's signing certificate (PEM body); signatures are checked when given
     */
    record Saml(String entityId, String singleSignOnServiceUrl, String signingCertificate) {
    }

    record InvitedAdmin(String email, String firstName, String lastName) {
    }

    record FieldError(String field, String message) {
    }

    List<String> normalizedDomains() {
        return domains.stream().map(domain -> domain.trim().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }

    List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            errors.add(new FieldError("alias", "2-63 characters: lower-case letters, digits and '-', starting with a letter or digit"));
        }
        if (blank(name) || name.length() > 255) {
            errors.add(new FieldError("name", "must be given, at most 255 characters"));
        }
        if (description != null && description.length() > 1000) {
            errors.add(new FieldError("description", "at most 1000 characters"));
        }
        if (domains == null || domains.isEmpty() || domains.size() > 20) {
            errors.add(new FieldError("domains", "between 1 and 20 email domains"));
        } else {
            for (int i = 0; i < domains.size(); i++) {
                String domain = domains.get(i);
                if (domain == null || !DOMAIN.matcher(domain.trim().toLowerCase(java.util.Locale.ROOT)).matches()) {
                    errors.add(new FieldError("domains[" + i + "]", "not a domain name"));
                }
            }
        }
        if (firstAdmin == null) {
            errors.add(new FieldError("firstAdmin", "must be given"));
        } else {
            if (firstAdmin.email() == null || !EMAIL.matcher(firstAdmin.email()).matches()) {
                errors.add(new FieldError("firstAdmin.email", "not an email address"));
            } else if (domains != null && errors.stream().noneMatch(e -> e.field().startsWith("domains"))
                    && !normalizedDomains().contains(domainOf(firstAdmin.email()))) {
                errors.add(new FieldError("firstAdmin.email", "must be on one of the institution's domains"));
            }
            if (tooLong(firstAdmin.firstName()) || tooLong(firstAdmin.lastName())) {
                errors.add(new FieldError("firstAdmin", "names are at most 255 characters"));
            }
        }
        if (identityProvider != null) {
            validateIdentityProvider(errors);
        }
        return errors;
    }

    private void validateIdentityProvider(List<FieldError> errors) {
        IdentityProvider idp = identityProvider;
        if ((idp.oidc() == null) == (idp.saml() == null)) {
            errors.add(new FieldError("identityProvider", "exactly one of oidc or saml"));
            return;
        }
        if (idp.alias() != null && !ALIAS.matcher(idp.alias()).matches()) {
            errors.add(new FieldError("identityProvider.alias", "2-63 characters: lower-case letters, digits and '-'"));
        }
        if (tooLong(idp.displayName())) {
            errors.add(new FieldError("identityProvider.displayName", "at most 255 characters"));
        }
        if (idp.oidc() != null) {
            Oidc oidc = idp.oidc();
            url(errors, "identityProvider.oidc.issuer", oidc.issuer(), false);
            url(errors, "identityProvider.oidc.authorizationUrl", oidc.authorizationUrl(), true);
            url(errors, "identityProvider.oidc.tokenUrl", oidc.tokenUrl(), true);
            url(errors, "identityProvider.oidc.jwksUrl", oidc.jwksUrl(), true);
            if (blank(oidc.clientId()) || tooLong(oidc.clientId())) {
                errors.add(new FieldError("identityProvider.oidc.clientId", "must be given"));
            }
            if (blank(oidc.clientSecret()) || oidc.clientSecret().length() > 2000) {
                errors.add(new FieldError("identityProvider.oidc.clientSecret", "must be given"));
            }
        } else {
            Saml saml = idp.saml();
            if (blank(saml.entityId()) || saml.entityId().length() > 2000) {
                errors.add(new FieldError("identityProvider.saml.entityId", "must be given"));
            }
            url(errors, "identityProvider.saml.singleSignOnServiceUrl", saml.singleSignOnServiceUrl(), true);
            if (saml.signingCertificate() != null && saml.signingCertificate().length() > 20_000) {
                errors.add(new FieldError("identityProvider.saml.signingCertificate", "at most 20000 characters"));
            }
        }
    }

    private static void url(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null ? required : !URL.matcher(value).matches()) {
            errors.add(new FieldError(field, required ? "an http(s) URL must be given" : "not an http(s) URL"));
        }
    }

    static String domainOf(String email) {
        return email.substring(email.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean tooLong(String value) {
        return value != null && value.length() > 255;
    }
}
