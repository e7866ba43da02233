package org.pathway.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a local Pathway keeps its state: everything under one ignored folder, {@code .pathway/}. */
record StackDirectories(Path repositoryRoot, Path home) {

    static StackDirectories under(Path repositoryRoot) {
        return new StackDirectories(repositoryRoot, repositoryRoot.resolve(".pathway"));
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path data() {
        return home.resolve("data");
    }

    Path run() {
        return home.resolve("run");
    }

    Path stateFile() {
        return run().resolve("state");
    }

    Path summaryFile() {
        return run().resolve("summary.txt");
    }

    void create() {
        try {
            Files.createDirectories(logs());
            Files.createDirectories(data());
            Files.createDirectories(run());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
