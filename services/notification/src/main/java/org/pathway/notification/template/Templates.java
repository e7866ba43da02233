package org.pathway.notification.template;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * One template per message type, as three Mustache files under {@code templates/notification/}:
 * {@code <name>.subject.mustache}, {@code <name>.txt.mustache} (plain text, not escaped) and
 * {@code <name>.html.mustache} (HTML-escaped). A variable the model lacks is an error, so a template and its mapping
 * cannot silently drift apart; a null value renders empty.
 */
@Component
public class Templates {

    public record Rendered(String subject, String text, String html) {
    }

    private static final String LOCATION = "templates/notification/";

    private final Mustache.Compiler plain = Mustache.compiler().escapeHTML(false).nullValue("");
    private final Mustache.Compiler html = Mustache.compiler().escapeHTML(true).nullValue("");
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    public Rendered render(String name, Map<String, ?> model) {
        return new Rendered(template(name + ".subject", plain).execute(model).strip(),
                template(name + ".txt", plain).execute(model), template(name + ".html", html).execute(model));
    }

    public String subject(String name, Map<String, ?> model) {
        return template(name + ".subject", plain).execute(model).strip();
    }

    private Template template(String file, Mustache.Compiler compiler) {
        return compiled.computeIfAbsent(file, key -> {
            ClassPathResource resource = new ClassPathResource(LOCATION + key + ".mustache");
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                return compiler.compile(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("No template " + resource.getPath(), e);
            }
        });
    }
}
