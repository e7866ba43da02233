package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pathway.devstack.PlatformApp;
import org.pathway.infra.local.HttpCalls;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every route × method of the platform, read from each service's OpenAPI document as the gateway publishes it
 * ({@code /v3/api-docs/<service>}), plus the gateway's own admin APIs (functional routes springdoc does not see).
 */
final class ApiSurface {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** The gateway's own routes (see the gateway's AdminRoutes); a body where they read one. */
    private static final List<Operation> GATEWAY_ADMIN = List.of(
            new Operation("gateway", "GET", "/api/admin/institutions", false, false),
            new Operation("gateway", "POST", "/api/admin/institutions", true, false),
            new Operation("gateway", "GET", "/api/admin/institutions/{alias}", false, false),
            new Operation("gateway", "GET", "/api/admin/members", false, false),
            new Operation("gateway", "PUT", "/api/admin/members/{userId}/roles/{role}", false, false),
            new Operation("gateway", "DELETE", "/api/admin/members/{userId}/roles/{role}", false, false));

    private ApiSurface() {
    }

    /**
     * @param service  the app that serves it ({@code gateway} for the gateway's admin APIs)
     * @param path     the path template, e.g. {@code /api/portfolio/activities/{id}}
     * @param hasBody  the operation reads a request body
     * @param streams  it answers a server-sent event stream (never read to its end)
     * @param example  a body built from the operation's request schema with every required field filled in
     *                 ({@code {}} when it reads none), so validation passes and the route's own checks decide
     */
    record Operation(String service, String method, String path, boolean hasBody, boolean streams, String example) {

        Operation(String service, String method, String path, boolean hasBody, boolean streams) {
            this(service, method, path, hasBody, streams, "{}");
        }

        List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PARAMETER.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The path with each parameter replaced by {@code values.apply(name)}. */
        String path(Function<String, String> values) {
            Matcher matcher = PARAMETER.matcher(path);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                String value = values.apply(matcher.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} in " + path);
                }
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            return matcher.appendTail(resolved).toString();
        }

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The operations of every service's document fetched through the gateway, and the gateway's admin APIs. */
    static List<Operation> of(PlatformUnderTest platform) {
        List<Operation> operations = new ArrayList<>();
        for (PlatformApp service : platform.services) {
            HttpResponse<String> document = HttpCalls.get(platform.gatewayUrl("/v3/api-docs/" + service.name()), null);
            assertThat(document.statusCode()).as(service.name() + " OpenAPI through the gateway").isEqualTo(200);
            operations.addAll(operations(service.name(), JSON.readTree(document.body())));
        }
        operations.addAll(GATEWAY_ADMIN);
        return List.copyOf(operations);
    }

    static List<Operation> operations(String service, JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                boolean streams = operation.path("responses").findValues("content").stream()
                        .anyMatch(content -> content.has("text/event-stream"));
                JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
                JsonNode example = schema.isMissingNode() ? JSON.createObjectNode()
                        : example(schema, document.at("/components/schemas"), 0);
                operations.add(new Operation(service, method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        operation.has("requestBody"), streams, JSON.writeValueAsString(example)));
            }
        }
        return operations;
    }

    /** A value of the schema: required properties only, the first enum constant, the smallest allowed sizes. */
    static JsonNode example(JsonNode schema, JsonNode schemas, int depth) {
        if (depth > 8) {
            return JSON.createObjectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return example(schemas.path(ref.substring(ref.lastIndexOf('/') + 1)), schemas, depth + 1);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice)) {
                return example(schema.get(choice).get(0), schemas, depth + 1);
            }
        }
        if (schema.has("allOf")) {
            ObjectNode merged = JSON.createObjectNode();
            schema.get("allOf").forEach(part -> {
                if (example(part, schemas, depth + 1) instanceof ObjectNode object) {
                    merged.setAll(object);
                }
            });
            return merged;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").isArray()
                ? schema.get("type").valueStream().map(JsonNode::asString).filter(t -> !t.equals("null")).findFirst().orElse("")
                : schema.path("type").asString(schema.has("properties") ? "object" : "");
        return switch (type) {
            case "object" -> {
                ObjectNode object = JSON.createObjectNode();
                schema.path("required").forEach(name -> object.set(name.asString(),
                        example(schema.path("properties").path(name.asString()), schemas, depth + 1)));
                yield object;
            }
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(1)); i++) {
                    array.add(example(schema.path("items"), schemas, depth + 1));
                }
                yield array;
            }
            case "integer", "number" -> schema.has("minimum") ? schema.get("minimum") : JSON.getNodeFactory().numberNode(1);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "string" -> JSON.getNodeFactory().stringNode(switch (schema.path("format").asString("")) {
                case "date" -> "2025-06-02";
                case "date-time" -> "2025-06-02T09:00:00Z";
                case "email" -> "someone@example.edu";
                case "uri", "url" -> "https://example.edu/";
                case "uuid" -> "00000000-0000-4000-8000-000000000000";
                default -> "example-" + "x".repeat(Math.max(0, schema.path("minLength").asInt(0) - 8));
            });
            default -> JSON.createObjectNode();
        };
    }
}
