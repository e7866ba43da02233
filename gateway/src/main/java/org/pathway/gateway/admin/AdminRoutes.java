package org.pathway.gateway.admin;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.pathway.gateway.PathwayGatewayProperties;
import org.pathway.gateway.admin.KeycloakAdminClient.KcOrganization;
import org.pathway.gateway.admin.KeycloakAdminClient.KcUser;
import org.pathway.gateway.admin.OnboardInstitution.FieldError;
import org.pathway.gateway.problem.ProblemResponses;
import org.pathway.gateway.security.CallerTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.web.reactive.function.server.RequestPredicates.DELETE;
import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RequestPredicates.PUT;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * Identity administration at the edge, in front of Keycloak's admin API. Roles are checked by the API security
 * chain before a handler runs ({@code platform-admin} for institutions, {@code institution-admin} for members);
 * the handlers add tenancy: an institution admin's institution comes only from the access token's
 * {@code organization} claim (a bearer token, or the one a portal session holds), and it must still be a member of
 * it in Keycloak.
 *
 * <pre>
 * POST   /api/admin/institutions                        onboard (organization, domains, optional IdP, first admin)
 * GET    /api/admin/institutions                        list
 * GET    /api/admin/institutions/{alias}                one
 * GET    /api/admin/members                             the caller's institution's members with their roles
 * PUT    /api/admin/members/{userId}/roles/{role}       grant faculty | mentor | committee | institution-admin
 * DELETE /api/admin/members/{userId}/roles/{role}       revoke one of them
 * </pre>
 */
final class AdminRoutes {

    /** The realm roles an institution admin hands out; {@code platform-admin} is never one of them. */
    static final Set<String> MEMBER_ROLES = Set.of("faculty", "mentor", "committee", "institution-admin");
    static final String PLATFORM_ADMIN = "platform-admin";
    static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

    private static final Logger log = LoggerFactory.getLogger(AdminRoutes.class);
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int MAX_PAGE = 500;

    private final KeycloakAdminClient keycloak;
    private final CallerTokens tokens;
    private final Duration timeout;
    private final JsonMapper json;

    AdminRoutes(KeycloakAdminClient keycloak, CallerTokens tokens, PathwayGatewayProperties properties,
            JsonMapper json) {
        this.keycloak = keycloak;
        this.tokens = tokens;
        this.timeout = properties.keycloakAdmin().timeout();
        this.json = json;
    }

    RouterFunction<ServerResponse> router() {
        return route(POST("/api/admin/institutions"), this::onboard)
                .andRoute(GET("/api/admin/institutions"), this::institutions)
                .andRoute(GET("/api/admin/institutions/{alias}"), this::institution)
                .andRoute(GET("/api/admin/members"), this::members)
                .andRoute(PUT("/api/admin/members/{userId}/roles/{role}"), request -> changeRole(request, true))
                .andRoute(DELETE("/api/admin/members/{userId}/roles/{role}"), request -> changeRole(request, false));
    }

    // --- platform admin: institutions

    Mono<ServerResponse> onboard(ServerRequest request) {
        return request.bodyToMono(OnboardInstitution.class)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "A JSON body is required.")))
                .flatMap(body -> {
                    List<FieldError> errors = body.validate();
                    if (!errors.isEmpty()) {
                        return invalid(request, errors);
                    }
                    return onboard(body).flatMap(onboarded -> ServerResponse
                            .created(URI.create("/api/admin/institutions/" + onboarded.institution().alias()))
                            .bodyValue(onboarded));
                })
                .onErrorMap(this::translate);
    }

    private Mono<Onboarded> onboard(OnboardInstitution body) {
        List<String> domains = body.normalizedDomains();
        String alias = body.alias();
        return keycloak.createOrganization(alias, body.name().trim(), body.description(), domains)
                .timeout(timeout)
                .flatMap(organizationId -> {
                    String idpAlias = body.identityProvider() != null ? body.identityProvider().aliasFor(alias) : null;
                    Mono<Void> identityProvider = body.identityProvider() == null ? Mono.empty()
                            : keycloak.createIdentityProvider(IdentityProviders.representation(body, idpAlias, domains.get(0)))
                                    .then(keycloak.linkIdentityProvider(organizationId, idpAlias));
                    return identityProvider
                            .then(invite(organizationId, body.firstAdmin()))
                            .map(admin -> new Onboarded(new Institution(organizationId, alias, body.name().trim(), domains, true),
                                    idpAlias, admin))
                            .timeout(timeout)
                            // Leave nothing half made: a failed onboarding can simply be sent again.
                            .onErrorResume(error -> undo(organizationId, idpAlias).then(Mono.error(error)));
                });
    }

    /** Creates the first admin (no password; they set it through the emailed link), makes them a member and admin. */
    private Mono<FirstAdmin> invite(String organizationId, OnboardInstitution.InvitedAdmin admin) {
        String email = admin.email().trim().toLowerCase(java.util.Locale.ROOT);
        return keycloak.createUser(email, admin.firstName(), admin.lastName(), INVITATION_ACTIONS)
                .onErrorMap(KeycloakAdminException::isConflict, e -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "A user with the email " + email + " already exists; invite someone new as the first admin."))
                .flatMap(userId -> keycloak.addMember(organizationId, userId)
                        .then(keycloak.grantRealmRole(userId, "institution-admin"))
                        .then(keycloak.sendActionsEmail(userId, INVITATION_ACTIONS)
                                .thenReturn(true)
                                .onErrorResume(e -> {
                                    // The account exists and is complete; only the email failed (typically no SMTP
                                    // settings in the realm). An operator can resend it from Keycloak.
                                    log.warn("Invitation email to {} not sent: {}", email, e.getMessage());
                                    return Mono.just(false);
                                }))
                        .map(sent -> new FirstAdmin(userId, email, sent))
                        .onErrorResume(error -> keycloak.deleteUser(userId).onErrorComplete().then(Mono.error(error))));
    }

    private Mono<Void> undo(String organizationId, String idpAlias) {
        Mono<Void> idp = idpAlias == null ? Mono.empty() : keycloak.deleteIdentityProvider(idpAlias).onErrorComplete();
        return keycloak.deleteOrganization(organizationId).onErrorComplete().then(idp);
    }

    Mono<ServerResponse> institutions(ServerRequest request) {
        Page page = Page.of(request);
        return keycloak.organizations(page.first(), page.max()).map(Institution::of).collectList()
                .timeout(timeout)
                .flatMap(list -> ServerResponse.ok().bodyValue(list))
                .onErrorMap(this::translate);
    }

    Mono<ServerResponse> institution(ServerRequest request) {
        String alias = request.pathVariable("alias");
        if (!OnboardInstitution.ALIAS.matcher(alias).matches()) {
            return Mono.error(notFoundInstitution());
        }
        return allOrganizations().filter(organization -> alias.equals(organization.alias())).next()
                .timeout(timeout)
                .switchIfEmpty(Mono.error(AdminRoutes::notFoundInstitution))
                .flatMap(organization -> ServerResponse.ok().bodyValue(Institution.of(organization)))
                .onErrorMap(this::translate);
    }

    private Flux<KcOrganization> allOrganizations() {
        return Flux.range(0, Integer.MAX_VALUE)
                .concatMap(pageNumber -> keycloak.organizations(pageNumber * MAX_PAGE, MAX_PAGE).collectList())
                .takeUntil(page -> page.size() < MAX_PAGE)
                .concatMapIterable(page -> page);
    }

    // --- institution admin: members and their roles

    Mono<ServerResponse> members(ServerRequest request) {
        Page page = Page.of(request);
        return tenant(request)
                .flatMapMany(tenant -> keycloak.members(tenant.organizationId(), page.first(), page.max()))
                .flatMapSequential(user -> keycloak.realmRoles(user.id()).map(roles -> Member.of(user, roles)), 4)
                .collectList()
                .timeout(timeout)
                .flatMap(list -> ServerResponse.ok().bodyValue(list))
                .onErrorMap(this::translate);
    }

    Mono<ServerResponse> changeRole(ServerRequest request, boolean grant) {
        String userId = request.pathVariable("userId");
        String role = request.pathVariable("role");
        if (PLATFORM_ADMIN.equals(role)) {
            return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "platform-admin is granted by platform operators only."));
        }
        if (!MEMBER_ROLES.contains(role)) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "role must be one of faculty, mentor, committee, institution-admin."));
        }
        if (!USER_ID.matcher(userId).matches()) {
            return Mono.error(notFoundMember());
        }
        return tenant(request)
                .flatMap(tenant -> keycloak.isMember(tenant.organizationId(), userId)
                        .flatMap(member -> {
                            if (!member) {
                                // Same answer whether the user is in another institution or does not exist at all.
                                return Mono.error(notFoundMember());
                            }
                            if (!grant && role.equals("institution-admin") && userId.equals(tenant.callerId())) {
                                return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
                                        "You cannot revoke your own institution-admin role; ask another admin."));
                            }
                            return grant ? keycloak.grantRealmRole(userId, role) : keycloak.revokeRealmRole(userId, role);
                        }))
                .timeout(timeout)
                .then(ServerResponse.noContent().build())
                .onErrorMap(this::translate);
    }

    /**
     * The caller's institution: the single organization alias in the token, resolved to Keycloak's organization among
     * those the caller is a member of now (a token outliving a removed membership gets nothing).
     */
    private Mono<Tenant> tenant(ServerRequest request) {
        return request.principal().cast(Authentication.class)
                .flatMap(caller -> tokens.accessToken(caller, request.exchange()))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                        "Sign in again: your session holds no access token.")))
                .flatMap(jwt -> {
                    List<String> organizations = organizations(jwt);
                    if (organizations.size() != 1) {
                        return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                                "Your token must name exactly one institution (organization claim)."));
                    }
                    String alias = organizations.get(0);
                    return keycloak.organizationsOf(jwt.getSubject())
                            .filter(organization -> alias.equals(organization.alias())).next()
                            .map(organization -> new Tenant(organization.id(), alias, jwt.getSubject()))
                            .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
                                    "You are not a member of the institution your token names.")));
                });
    }

    /** Keycloak writes {@code ["alias"]} by default, or {@code {"alias": {...}}} when the mapper adds ids/attributes. */
    static List<String> organizations(Jwt jwt) {
        Object claim = jwt.getClaims().get("organization");
        if (claim instanceof Collection<?> aliases) {
            return aliases.stream().map(String::valueOf).toList();
        }
        if (claim instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).toList();
        }
        if (claim instanceof String alias) {
            return List.of(alias);
        }
        return List.of();
    }

    // --- errors

    private Mono<ServerResponse> invalid(ServerRequest request, List<FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>(ProblemResponses.body(HttpStatus.BAD_REQUEST,
                "The request has invalid fields.", request.path()));
        problem.put("errors", errors);
        return ServerResponse.badRequest().contentType(ProblemResponses.PROBLEM_JSON).bodyValue(problem);
    }

    /** Keycloak's failures in the caller's terms; what Keycloak said goes to the log, not to the caller. */
    Throwable translate(Throwable error) {
        if (error instanceof ResponseStatusException) {
            return error;
        }
        if (error instanceof KeycloakAdminException keycloakError) {
            HttpStatusCode status = keycloakError.status();
            if (status.value() == 409) {
                return new ResponseStatusException(HttpStatus.CONFLICT, conflictDetail(keycloakError));
            }
            log.warn("Keycloak admin call failed: {}", keycloakError.getMessage());
            return new ResponseStatusException(HttpStatus.BAD_GATEWAY, "Keycloak refused the administration request.");
        }
        if (error instanceof WebClientRequestException || error instanceof TimeoutException
                || error instanceof ClientAuthorizationException) {
            log.warn("Keycloak admin API unavailable: {}", error.toString());
            return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Identity administration is unavailable right now; try again shortly.");
        }
        return error;
    }

    private String conflictDetail(KeycloakAdminException error) {
        try {
            JsonNode body = json.readTree(error.body());
            JsonNode message = body.get("errorMessage");
            if (message != null && message.isString()) {
                return message.asString();
            }
        } catch (RuntimeException notJson) {
            // fall through to the generic detail
        }
        return "It already exists.";
    }

    private static ResponseStatusException notFoundMember() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No member with this id in your institution.");
    }

    private static ResponseStatusException notFoundInstitution() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No institution with this alias.");
    }

    // --- shapes

    record Tenant(String organizationId, String alias, String callerId) {
    }

    record Page(int first, int max) {
        static Page of(ServerRequest request) {
            int first = request.queryParam("first").map(AdminRoutes::number).orElse(0);
            int max = request.queryParam("max").map(AdminRoutes::number).orElse(100);
            return new Page(Math.max(0, first), Math.min(MAX_PAGE, Math.max(1, max)));
        }
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "first and max must be whole numbers.");
        }
    }

    record Institution(String id, String alias, String name, List<String> domains, boolean enabled) {
        static Institution of(KcOrganization organization) {
            List<String> domains = organization.domains() == null ? List.of()
                    : organization.domains().stream().map(KeycloakAdminClient.KcDomain::name).toList();
            return new Institution(organization.id(), organization.alias(), organization.name(), domains,
                    !Boolean.FALSE.equals(organization.enabled()));
        }
    }

    record FirstAdmin(String id, String email, boolean invitationSent) {
    }

    record Onboarded(Institution institution, String identityProvider, FirstAdmin firstAdmin) {
    }

    record Member(String id, String username, String email, String firstName, String lastName, List<String> roles) {
        static Member of(KcUser user, List<String> realmRoles) {
            // Only the roles an institution admin manages (plus platform-admin, so it is visible but not grantable).
            List<String> roles = realmRoles.stream()
                    .filter(role -> MEMBER_ROLES.contains(role) || PLATFORM_ADMIN.equals(role)).sorted().toList();
            return new Member(user.id(), user.username(), user.email(), user.firstName(), user.lastName(), roles);
        }
    }
}
