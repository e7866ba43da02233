package org.pathway.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of Kubernetes' strategic merge patch that infra/k8s's patches use: maps merge key by key, lists whose
 * elements all have a {@code name} (containers, env, volumes, ports) merge element by element on that name, every
 * other list is replaced. The patch's own metadata is ignored: a patch with a target applies to every match.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void apply(Map<String, Object> object, Map<String, Object> patch) {
        Map<String, Object> body = Tree.copy(patch);
        body.remove("metadata");
        body.remove("apiVersion");
        body.remove("kind");
        mergeMaps(object, body);
    }

    private static void mergeMaps(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object existing = target.get(key);
            if (existing instanceof Map<?, ?> && value instanceof Map<?, ?>) {
                mergeMaps(Tree.map(existing), Tree.map(value));
            } else if (existing instanceof List<?> && value instanceof List<?> && named(existing) && named(value)) {
                mergeNamed(Tree.list(existing), Tree.list(value));
            } else {
                target.put(key, Tree.copy(value));
            }
        });
    }

    /** Elements only the patch has come first, in the patch's order, as kubectl kustomize places them. */
    private static void mergeNamed(List<Object> target, List<Object> patch) {
        List<Object> added = new ArrayList<>();
        for (Object element : patch) {
            Object name = Tree.at(element, "name");
            Object existing = target.stream().filter(candidate -> Objects.equals(Tree.at(candidate, "name"), name))
                    .findFirst().orElse(null);
            if (existing == null) {
                added.add(Tree.copy(element));
            } else {
                mergeMaps(Tree.map(existing), Tree.map(element));
            }
        }
        target.addAll(0, added);
    }

    private static boolean named(Object list) {
        return Tree.list(list).stream().allMatch(element -> Tree.at(element, "name") != null);
    }
}
