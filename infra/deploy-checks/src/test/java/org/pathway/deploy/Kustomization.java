package org.pathway.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the few features infra/k8s uses: resources
 * (files and directories), patches with a target (kind, name, label selector), images and namespace. Any other field
 * fails the rendering, so a kustomization that starts to rely on more cannot be checked against a wrong picture.
 */
final class Kustomization {

    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "resources", "patches", "images", "namespace");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PriorityClass");
    private static final Set<String> POD_OWNERS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    private Kustomization() {
    }

    static List<Map<String, Object>> render(Path directory) {
        Map<String, Object> kustomization = Repository.yaml(directory.resolve("kustomization.yaml"));
        for (String field : kustomization.keySet()) {
            if (!UNDERSTOOD.contains(field)) {
                throw new IllegalArgumentException(directory + ": kustomization field '" + field + "' is not understood"
                        + " by these checks; teach Kustomization to render it");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object resource : Tree.list(kustomization, "resources")) {
            Path path = directory.resolve(String.valueOf(resource)).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else if (Files.isRegularFile(path)) {
                objects.addAll(Repository.yamlDocuments(path));
            } else {
                throw new IllegalArgumentException(directory + ": resource " + resource + " does not exist");
            }
        }
        for (Map<String, Object> patch : Tree.maps(kustomization, "patches")) {
            Map<String, Object> body = Repository.yaml(directory.resolve(Tree.text(patch, "path")));
            Map<String, Object> target = Tree.map(patch, "target");
            int applied = 0;
            for (Map<String, Object> object : objects) {
                if (matches(object, target)) {
                    StrategicMerge.apply(object, body);
                    applied++;
                }
            }
            if (applied == 0) {
                throw new IllegalArgumentException(directory + ": patch " + Tree.text(patch, "path") + " matches nothing");
            }
        }
        for (Map<String, Object> image : Tree.maps(kustomization, "images")) {
            objects.forEach(object -> retag(object, image));
        }
        String namespace = Tree.text(kustomization, "namespace");
        if (namespace != null) {
            objects.stream().filter(object -> !CLUSTER_SCOPED.contains(Tree.text(object, "kind")))
                    .forEach(object -> Tree.map(object, "metadata").put("namespace", namespace));
        }
        return objects;
    }

    static boolean matches(Map<String, Object> object, Map<String, Object> target) {
        String kind = Tree.text(target, "kind");
        String name = Tree.text(target, "name");
        String selector = Tree.text(target, "labelSelector");
        if (kind != null && !kind.equals(Tree.text(object, "kind"))) {
            return false;
        }
        if (name != null && !String.valueOf(Tree.text(object, "metadata", "name")).matches(name)) {
            return false;
        }
        if (selector != null) {
            Map<String, Object> labels = Tree.map(object, "metadata", "labels");
            for (String requirement : selector.split(",")) {
                String[] pair = requirement.split("=", 2);
                if (pair.length != 2 || !pair[1].strip().equals(Tree.text(labels, pair[0].strip()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The pod template's containers of a workload (empty for anything else). */
    static List<Map<String, Object>> containers(Map<String, Object> object) {
        if (!POD_OWNERS.contains(Tree.text(object, "kind"))) {
            return List.of();
        }
        List<Map<String, Object>> containers = new ArrayList<>(Tree.maps(object, "spec", "template", "spec", "containers"));
        containers.addAll(Tree.maps(object, "spec", "template", "spec", "initContainers"));
        return containers;
    }

    private static void retag(Map<String, Object> object, Map<String, Object> image) {
        for (Map<String, Object> container : containers(object)) {
            String reference = Tree.text(container, "image");
            String repository = reference.contains(":") ? reference.substring(0, reference.lastIndexOf(':')) : reference;
            if (repository.equals(Tree.text(image, "name"))) {
                String newName = Tree.text(image, "newName") != null ? Tree.text(image, "newName") : repository;
                String newTag = Tree.text(image, "newTag");
                container.put("image", newTag != null ? newName + ":" + newTag : newName);
            }
        }
    }
}
