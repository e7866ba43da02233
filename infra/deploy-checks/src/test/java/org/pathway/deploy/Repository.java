package org.pathway.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Pathway working tree these checks read: the root pom's directory. */
record Repository(Path root) {

    static Repository located() {
        String configured = System.getProperty("pathway.root");
        Path start = Path.of(configured != null ? configured : "").toAbsolutePath().normalize();
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            Path pom = candidate.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<artifactId>pathway-parent</artifactId>")) {
                return new Repository(candidate);
            }
        }
        throw new IllegalStateException("No Pathway root pom above " + start);
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    String text(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a YAML file; YAML merge keys ({@code <<: *anchor}) are resolved, as docker compose does. */
    static List<Map<String, Object>> yamlDocuments(Path file) {
        return yamlDocuments(read(file));
    }

    static List<Map<String, Object>> yamlDocuments(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document == null) {
                continue;
            }
            if (!(document instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("a YAML document that is not a mapping: " + document);
            }
            documents.add(Tree.map(document));
        }
        return documents;
    }

    static Map<String, Object> yaml(Path file) {
        List<Map<String, Object>> documents = yamlDocuments(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + documents.size() + " documents, expected one");
        }
        return documents.get(0);
    }
}
