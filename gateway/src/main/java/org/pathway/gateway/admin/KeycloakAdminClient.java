package org.pathway.gateway.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The few calls of Keycloak's admin REST API ({@code /admin/realms/<realm>}) the admin APIs need, made with the
 * automation client's service-account token (client credentials, fetched and renewed by the {@link WebClient}'s
 * OAuth2 filter). Every non-2xx answer becomes a {@link KeycloakAdminException}.
 */
class KeycloakAdminClient {

    private static final ParameterizedTypeReference<List<KcOrganization>> ORGANIZATIONS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<KcUser>> USERS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<KcRole>> ROLES = new ParameterizedTypeReference<>() {
    };

    private final WebClient admin;

    KeycloakAdminClient(WebClient admin) {
        this.admin = admin;
    }

    // --- organizations

    /** Creates the organization and returns its id. */
    Mono<String> createOrganization(String alias, String name, String description, List<String> domains) {
        var organization = Map.of("alias", alias, "name", name, "enabled", true,
                "description", description != null ? description : name,
                "domains", domains.stream().map(domain -> Map.of("name", domain, "verified", true)).toList());
        return created(admin.post().uri("/organizations").bodyValue(organization));
    }

    Mono<Void> deleteOrganization(String organizationId) {
        return noContent(admin.delete().uri("/organizations/{id}", organizationId));
    }

    Flux<KcOrganization> organizations(int first, int max) {
        return admin.get().uri(uri -> uri.path("/organizations").queryParam("first", first).queryParam("max", max)
                        .queryParam("briefRepresentation", false).build())
                .exchangeToMono(body(ORGANIZATIONS)).flatMapMany(Flux::fromIterable);
    }

    /** The organizations {@code userId} is a member of (none when the user does not exist). */
    Flux<KcOrganization> organizationsOf(String userId) {
        return admin.get().uri("/organizations/members/{userId}/organizations", userId)
                .exchangeToMono(body(ORGANIZATIONS))
                .onErrorResume(KeycloakAdminException::isNotFound, e -> Mono.just(List.of()))
                .flatMapMany(Flux::fromIterable);
    }

    Mono<Void> addMember(String organizationId, String userId) {
        // The body is the bare user id; Keycloak strips surrounding quotes, so it is sent as a JSON string.
        return noContent(admin.post().uri("/organizations/{id}/members", organizationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("\"" + userId + "\""));
    }

    Mono<Boolean> isMember(String organizationId, String userId) {
        return admin.get().uri("/organizations/{id}/members/{userId}", organizationId, userId)
                .exchangeToMono(response -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.releaseBody().thenReturn(true);
                    }
                    if (response.statusCode().value() == 404 || response.statusCode().value() == 400) {
                        return response.releaseBody().thenReturn(false);
                    }
                    return failure(response);
                });
    }

    Flux<KcUser> members(String organizationId, int first, int max) {
        return admin.get().uri(uri -> uri.path("/organizations/{id}/members").queryParam("first", first)
                        .queryParam("max", max).build(organizationId))
                .exchangeToMono(body(USERS)).flatMapMany(Flux::fromIterable);
    }

    // --- identity providers

    Mono<Void> createIdentityProvider(Map<String, Object> representation) {
        return created(admin.post().uri("/identity-provider/instances").bodyValue(representation)).then();
    }

    Mono<Void> deleteIdentityProvider(String alias) {
        return noContent(admin.delete().uri("/identity-provider/instances/{alias}", alias));
    }

    Mono<Void> linkIdentityProvider(String organizationId, String alias) {
        return noContent(admin.post().uri("/organizations/{id}/identity-providers", organizationId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("\"" + alias + "\""));
    }

    // --- users and realm roles

    /** Creates an enabled user without credentials whose first login must complete {@code requiredActions}. */
    Mono<String> createUser(String email, String firstName, String lastName, List<String> requiredActions) {
        var user = new java.util.LinkedHashMap<String, Object>();
        user.put("username", email);
        user.put("email", email);
        user.put("emailVerified", false);
        user.put("enabled", true);
        if (firstName != null) {
            user.put("firstName", firstName);
        }
        if (lastName != null) {
            user.put("lastName", lastName);
        }
        user.put("requiredActions", requiredActions);
        return created(admin.post().uri("/users").bodyValue(user));
    }

    Mono<Void> deleteUser(String userId) {
        return noContent(admin.delete().uri("/users/{id}", userId));
    }

    /** Emails the user a link to complete {@code actions} (needs the realm's SMTP settings). */
    Mono<Void> sendActionsEmail(String userId, List<String> actions) {
        return noContent(admin.put().uri("/users/{id}/execute-actions-email", userId).bodyValue(actions));
    }

    Mono<List<String>> realmRoles(String userId) {
        return admin.get().uri("/users/{id}/role-mappings/realm", userId)
                .exchangeToMono(body(ROLES))
                .map(roles -> roles.stream().map(KcRole::name).toList());
    }

    Mono<Void> grantRealmRole(String userId, String role) {
        return role(role).flatMap(representation -> noContent(admin.post()
                .uri("/users/{id}/role-mappings/realm", userId).bodyValue(List.of(representation))));
    }

    Mono<Void> revokeRealmRole(String userId, String role) {
        return role(role).flatMap(representation -> noContent(admin.method(HttpMethod.DELETE)
                .uri("/users/{id}/role-mappings/realm", userId).bodyValue(List.of(representation))));
    }

    private Mono<KcRole> role(String name) {
        return admin.get().uri("/roles/{name}", name).exchangeToMono(body(new ParameterizedTypeReference<KcRole>() {
        }));
    }

    // --- plumbing

    /** A 201 with the new resource's id as the last segment of {@code Location}. */
    private static Mono<String> created(WebClient.RequestHeadersSpec<?> request) {
        return request.exchangeToMono(response -> {
            if (response.statusCode().value() == HttpStatus.CREATED.value()) {
                URI location = response.headers().asHttpHeaders().getLocation();
                String path = location != null ? location.getPath() : "";
                return response.releaseBody().thenReturn(path.substring(path.lastIndexOf('/') + 1));
            }
            return failure(response);
        });
    }

    private static Mono<Void> noContent(WebClient.RequestHeadersSpec<?> request) {
        return request.exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                ? response.releaseBody()
                : failure(response));
    }

    private static <T> Function<ClientResponse, Mono<T>> body(ParameterizedTypeReference<T> type) {
        return response -> response.statusCode().is2xxSuccessful() ? response.bodyToMono(type) : failure(response);
    }

    private static <T> Mono<T> failure(ClientResponse response) {
        HttpStatusCode status = response.statusCode();
        return response.bodyToMono(String.class).defaultIfEmpty("")
                .flatMap(body -> Mono.error(new KeycloakAdminException(status, body)));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KcOrganization(String id, String alias, String name, Boolean enabled, String description,
            List<KcDomain> domains) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KcDomain(String name, Boolean verified) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KcUser(String id, String username, String email, String firstName, String lastName, Boolean enabled) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KcRole(String id, String name, Boolean composite, Boolean clientRole, String containerId) {
    }
}
