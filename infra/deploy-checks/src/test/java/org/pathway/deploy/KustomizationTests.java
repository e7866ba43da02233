package org.pathway.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer the manifest checks rely on does what kubectl kustomize does, and refuses what it cannot do. */
class KustomizationTests {

    @Test
    void shouldMergeNamedListsByNameAndReplaceOtherLists() {
        Map<String, Object> deployment = Repository.yamlDocuments("""
                kind: Deployment
                spec: {template: {spec: {containers: [{name: app, image: a, env: [{name: A, value: "1"}], args: [x]}]}}}
                """).get(0);
        Map<String, Object> patch = Repository.yamlDocuments("""
                kind: Deployment
                metadata: {name: ignored}
                spec: {template: {spec: {containers: [{name: app, env: [{name: B, value: "2"}, {name: A, value: "3"}], args: [y]}]}}}
                """).get(0);

        StrategicMerge.apply(deployment, patch);

        Map<String, Object> container = Kustomization.containers(deployment).get(0);
        assertThat(Tree.text(container, "image")).isEqualTo("a");
        assertThat(Tree.maps(container, "env")).containsExactly(Map.of("name", "B", "value", "2"), Map.of("name", "A", "value", "3"));
        assertThat(Tree.list(container, "args")).containsExactly("y");
        assertThat(deployment).doesNotContainKey("metadata");
    }

    @Test
    void shouldPatchOnlyTheTargetsAndSetTheNamespace(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("objects.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: chosen, labels: {tier: a}}
                data: {x: "1"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: other, labels: {tier: b}}
                data: {x: "1"}
                """);
        Files.writeString(directory.resolve("patch.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: any}\ndata: {x: \"2\"}\n");
        Files.writeString(directory.resolve("kustomization.yaml"), """
                namespace: ns
                resources: [objects.yaml]
                patches: [{path: patch.yaml, target: {kind: ConfigMap, labelSelector: tier=a}}]
                """);

        List<Map<String, Object>> objects = Kustomization.render(directory);

        assertThat(objects).extracting(object -> Tree.text(object, "data", "x")).containsExactly("2", "1");
        assertThat(objects).extracting(object -> Tree.text(object, "metadata", "namespace")).containsOnly("ns");
    }

    @Test
    void shouldRefuseWhatItCannotRender(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), "resources: []\ncommonLabels: {a: b}\n");

        assertThatIllegalArgumentException().isThrownBy(() -> Kustomization.render(directory))
                .withMessageContaining("kustomization field 'commonLabels' is not understood");
    }
}
