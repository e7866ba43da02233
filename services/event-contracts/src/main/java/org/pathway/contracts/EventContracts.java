package org.pathway.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Test support for both sides of an event contract. A producer test serializes its real outgoing event and calls
 * {@link #assertConforms}; a consumer test reads {@link #example} into its own record.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventContracts() {
    }

    /** The schema's resource path: {@code events/<producer>/<Type>.v<version>.schema.json}. */
    public static String schemaPath(String producer, String type, int version) {
        return "events/%s/%s.v%d.schema.json".formatted(producer, type, version);
    }

    public static String examplePath(String producer, String type, int version) {
        return "events/%s/%s.v%d.example.json".formatted(producer, type, version);
    }

    /** The example payload of an event type and version, as JSON text. */
    public static String example(String producer, String type, int version) {
        return read(examplePath(producer, type, version));
    }

    /** The violations of {@code json} against the event's schema, empty when it conforms. */
    public static List<String> violations(String producer, String type, int version, String json) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = SCHEMAS.getSchema(read(schemaPath(producer, type, version)), config);
        Set<ValidationMessage> messages = schema.validate(parse(json));
        return messages.stream().map(ValidationMessage::getMessage).sorted(Comparator.naturalOrder()).toList();
    }

    /** Fails with every violation listed when {@code json} does not conform to the event's schema. */
    public static void assertConforms(String producer, String type, int version, String json) {
        List<String> violations = violations(producer, type, version, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("%s v%d from %s does not conform to its schema:%n  %s%nPayload: %s"
                    .formatted(type, version, producer, String.join("\n  ", violations), json));
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static String read(String path) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no contract at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
