package org.pathway.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The instructions of a Dockerfile, continuation lines joined and comments dropped, and what its final (runtime)
 * stage does.
 */
record Dockerfile(List<String> instructions) {

    /** Boot's default layers, least often changing first: the order their COPY instructions must keep. */
    static final List<String> BOOT_LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    static Dockerfile parse(String text) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                instructions.add(current.append(trimmed).toString().strip());
                current.setLength(0);
            }
        }
        return new Dockerfile(instructions.stream().filter(instruction -> !instruction.isEmpty()).toList());
    }

    /** The instructions after the last FROM. */
    List<String> finalStage() {
        int from = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (keyword(instructions.get(i)).equals("FROM")) {
                from = i;
            }
        }
        return instructions.subList(from, instructions.size());
    }

    /** Problems of the runtime stage: it must run as a numeric non-root user, copy Boot's layers in order, size the heap. */
    List<String> runtimeProblems() {
        List<String> problems = new ArrayList<>();
        List<String> stage = finalStage();
        String user = stage.stream().filter(instruction -> keyword(instruction).equals("USER"))
                .reduce((first, last) -> last).map(instruction -> argument(instruction).split(":")[0]).orElse(null);
        if (user == null) {
            problems.add("the runtime stage has no USER: it would run as root");
        } else if (!user.matches("\\d+") || Integer.parseInt(user) == 0) {
            problems.add("the runtime stage's USER " + user + " must be a numeric uid other than 0 (runAsNonRoot checks a number)");
        }
        List<String> copied = new ArrayList<>();
        for (String instruction : stage) {
            if (keyword(instruction).equals("COPY")) {
                BOOT_LAYERS.stream().filter(layer -> instruction.contains("/" + layer + "/")).findFirst().ifPresent(copied::add);
            }
        }
        if (!copied.equals(BOOT_LAYERS)) {
            problems.add("the runtime stage must COPY Boot's layers one by one in the order " + BOOT_LAYERS + ", copies " + copied);
        }
        boolean heap = stage.stream().anyMatch(instruction -> keyword(instruction).equals("ENV")
                && instruction.contains("JAVA_TOOL_OPTIONS") && instruction.contains("MaxRAMPercentage"));
        if (!heap) {
            problems.add("the runtime stage must set JAVA_TOOL_OPTIONS with -XX:MaxRAMPercentage (heap from the container limit)");
        }
        return problems;
    }

    /** The uid the runtime stage runs as, or -1. */
    int runtimeUid() {
        return finalStage().stream().filter(instruction -> keyword(instruction).equals("USER"))
                .map(instruction -> argument(instruction).split(":")[0]).filter(user -> user.matches("\\d+"))
                .mapToInt(Integer::parseInt).reduce((first, last) -> last).orElse(-1);
    }

    private static String keyword(String instruction) {
        return instruction.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
    }

    private static String argument(String instruction) {
        String[] parts = instruction.split("\\s+", 2);
        return parts.length > 1 ? parts[1].strip() : "";
    }
}
