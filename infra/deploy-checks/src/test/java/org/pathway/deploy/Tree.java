package org.pathway.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading and copying the nested maps and lists a YAML or JSON document parses into. */
final class Tree {

    private Tree() {
    }

    /** The value at the path of map keys, or null where any step is missing or not a map. */
    static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... path) {
        return at(node, path) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... path) {
        return at(node, path) instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** The maps of a list (other elements skipped). */
    static List<Map<String, Object>> maps(Object node, String... path) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object element : list(node, path)) {
            if (element instanceof Map<?, ?>) {
                maps.add(map(element));
            }
        }
        return maps;
    }

    /** The value as text (numbers and booleans too), or null. */
    static String text(Object node, String... path) {
        Object value = at(node, path);
        return value == null ? null : String.valueOf(value);
    }

    /** A deep, mutable copy, so a test can break a document without touching the original. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(String.valueOf(key), copy(value)));
            return (T) copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(copy(element)));
            return (T) copy;
        }
        return node;
    }

    /** "Kind/name" of a Kubernetes object, for messages. */
    static String id(Map<String, Object> object) {
        return text(object, "kind") + "/" + text(object, "metadata", "name");
    }
}
