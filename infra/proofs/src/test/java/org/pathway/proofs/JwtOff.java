package org.pathway.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.pathway.proofs.jwtoff.UnverifiedJwtAutoConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * The class-path directory that turns a gateway's JWT validation off for the bench: the compiled
 * {@code org.pathway.proofs.jwtoff} package and an auto-configuration imports file naming it, written under
 * {@code target/proofs}. Nothing of it is on any app's class path unless a bench passes the directory explicitly.
 */
final class JwtOff {

    static final String BANNER = "BENCH-ONLY: this gateway does NOT validate JWTs";

    private JwtOff() {
    }

    static Path classpathDirectory(Path work) {
        Path directory = work.resolve("jwt-off");
        try {
            FileSystemUtils.deleteRecursively(directory);
            Path classes = Path.of(UnverifiedJwtAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            String packagePath = UnverifiedJwtAutoConfiguration.class.getPackageName().replace('.', '/');
            Path target = directory.resolve(packagePath);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(classes.resolve(packagePath))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            }
            Path imports = directory.resolve("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
            Files.createDirectories(imports.getParent());
            Files.writeString(imports, UnverifiedJwtAutoConfiguration.class.getName() + "\n");
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
