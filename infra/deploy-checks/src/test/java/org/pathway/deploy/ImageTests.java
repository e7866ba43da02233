package org.pathway.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** infra/docker/Dockerfile, the one image recipe of every app. */
class ImageTests {

    private static final Repository REPOSITORY = Repository.located();
    private static final String DOCKERFILE = REPOSITORY.text("infra/docker/Dockerfile");

    @Test
    void shouldRunAsANumericNonRootUserFromBootsLayersWithAHeapFromTheContainerLimit() {
        Dockerfile dockerfile = Dockerfile.parse(DOCKERFILE);

        assertThat(dockerfile.runtimeProblems()).isEmpty();
        assertThat(dockerfile.runtimeUid()).isGreaterThan(0);
        assertThat(dockerfile.finalStage()).last().asString().contains("org.springframework.boot.loader.launch.JarLauncher");
    }

    @Test
    void shouldRejectAnImageThatRunsAsRootOrCopiesOneFatJar() {
        Dockerfile asRoot = Dockerfile.parse(DOCKERFILE.replace("USER 10001:10001", "USER root"));
        Dockerfile fatJar = Dockerfile.parse("""
                FROM eclipse-temurin:17-jre
                COPY target/app.jar /app/app.jar
                ENTRYPOINT ["java", "-jar", "/app/app.jar"]
                """);

        assertThat(asRoot.runtimeProblems()).containsExactly(
                "the runtime stage's USER root must be a numeric uid other than 0 (runAsNonRoot checks a number)");
        assertThat(fatJar.runtimeProblems()).containsExactlyInAnyOrder(
                "the runtime stage has no USER: it would run as root",
                "the runtime stage must COPY Boot's layers one by one in the order " + Dockerfile.BOOT_LAYERS + ", copies []",
                "the runtime stage must set JAVA_TOOL_OPTIONS with -XX:MaxRAMPercentage (heap from the container limit)");
    }

    @Test
    void shouldCompileEveryAppInItsBuildStage() {
        String build = Dockerfile.parse(DOCKERFILE).instructions().stream()
                .filter(instruction -> instruction.contains("mvnw")).findFirst().orElseThrow();
        List<String> modules = List.of(build.replaceAll("^.*-pl\\s+(\\S+).*$", "$1").split(","));

        assertThat(modules).containsExactlyInAnyOrderElementsOf(App.all(REPOSITORY).stream().map(App::module).toList());
    }
}
