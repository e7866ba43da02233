package org.pathway.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak server distribution from Maven Central, unpacked and built ONCE into a cache outside any
 * {@code target/} ({@code $PATHWAY_CACHE/keycloak-<version>}, default {@code ~/.cache/pathway}), so neither
 * {@code mvn clean} nor a new test JVM pays the first build again. Instances never run in the cache itself:
 * each gets a home of its own whose {@code lib}, {@code conf}, {@code providers} and {@code themes} link
 * back here, and whose {@code data/} (H2 database, transaction logs, realm import) is private.
 */
final class KeycloakDistribution {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);

    private static final String DIST_PROPERTIES = "org/pathway/infra/local/keycloak-dist.properties";
    private static final String BUILT_MARKER = ".pathway-built";
    private static final List<String> SHARED_DIRECTORIES = List.of("lib", "conf", "providers", "themes");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final int MIN_JAVA = 21;
    private static final Object JVM_LOCK = new Object();

    private final String version;
    private final Path zip;
    private final Path configuredJavaHome;

    private KeycloakDistribution(String version, Path zip, Path configuredJavaHome) {
        this.version = version;
        this.zip = zip;
        this.configuredJavaHome = configuredJavaHome;
    }

    static KeycloakDistribution fromClasspath() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakDistribution.class.getClassLoader().getResourceAsStream(DIST_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(DIST_PROPERTIES + " is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DIST_PROPERTIES, e);
        }
        String version = filtered(properties.getProperty("keycloak.version"))
                .orElseThrow(() -> new IllegalStateException("keycloak.version is not set in " + DIST_PROPERTIES));
        Path zip = filtered(properties.getProperty("keycloak.dist.zip")).map(Path::of)
                .filter(Files::isRegularFile)
                .orElseGet(() -> Path.of(System.getProperty("maven.repo.local",
                                System.getProperty("user.home") + "/.m2/repository"),
                        "org/keycloak/keycloak-quarkus-dist", version, "keycloak-quarkus-dist-" + version + ".zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak server distribution is not in the local Maven repository (" + zip
                    + "); fetch it with: ./mvnw dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + version + ":zip");
        }
        Path javaHome = filtered(properties.getProperty("keycloak.java-home")).map(Path::of).orElse(null);
        return new KeycloakDistribution(version, zip, javaHome);
    }

    String version() {
        return version;
    }

    /** The built distribution in the cache, unpacking and building it first if no JVM has done so yet. */
    Path installation(Path javaHome) {
        Path cacheRoot = cacheRoot();
        Path home = cacheRoot.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve(BUILT_MARKER))) {
            return home;
        }
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(cacheRoot);
                try (FileChannel channel = FileChannel.open(cacheRoot.resolve("keycloak-" + version + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    if (!Files.isRegularFile(home.resolve(BUILT_MARKER))) {
                        install(home, javaHome);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare the Keycloak distribution in " + home, e);
            }
        }
        return home;
    }

    /**
     * A home of its own for one server: {@code bin/kc.sh} copied (the script resolves its home from its own real
     * path, so a link would lead back to the cache), the read-only directories linked, {@code data/} private.
     */
    Path prepareInstanceHome(Path installation, Path instanceHome) {
        try {
            Files.createDirectories(instanceHome.resolve("bin"));
            Files.createDirectories(instanceHome.resolve("data"));
            Files.copy(installation.resolve("bin/kc.sh"), instanceHome.resolve("bin/kc.sh"), StandardCopyOption.REPLACE_EXISTING);
            for (String shared : SHARED_DIRECTORIES) {
                Path link = instanceHome.resolve(shared);
                if (Files.isSymbolicLink(link) || Files.exists(link)) {
                    if (!Files.isSymbolicLink(link)) {
                        throw new IllegalStateException(link + " exists and is not a link to the Keycloak cache; "
                                + "use an empty or earlier Keycloak data directory");
                    }
                    Files.delete(link);
                }
                Files.createSymbolicLink(link, installation.resolve(shared));
            }
            return instanceHome;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Keycloak home " + instanceHome, e);
        }
    }

    /**
     * The JDK that runs Keycloak (21 or newer): system property {@code pathway.keycloak.java-home}, environment
     * {@code PATHWAY_KEYCLOAK_JAVA_HOME}, the build's {@code pathway.keycloak.java-home}, this JVM, any JDK under
     * {@code /usr/lib/jvm}.
     */
    Path javaHome(Path explicit) {
        List<String> tried = new ArrayList<>();
        List<Optional<Path>> candidates = List.of(
                Optional.ofNullable(explicit),
                filtered(System.getProperty("pathway.keycloak.java-home")).map(Path::of),
                filtered(System.getenv("PATHWAY_KEYCLOAK_JAVA_HOME")).map(Path::of),
                Optional.ofNullable(configuredJavaHome),
                Optional.of(Path.of(System.getProperty("java.home"))));
        for (Optional<Path> candidate : candidates) {
            if (candidate.isPresent()) {
                Path home = candidate.get();
                int major = javaMajorVersion(home);
                if (major >= MIN_JAVA) {
                    return home;
                }
                tried.add(home + (major > 0 ? " (Java " + major + ")" : " (no JDK there)"));
            }
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                Optional<Path> newest = homes.filter(home -> javaMajorVersion(home) >= MIN_JAVA)
                        .max(Comparator.comparingInt(KeycloakDistribution::javaMajorVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                tried.add(jvms + " (" + e.getMessage() + ")");
            }
            tried.add(jvms + "/* (none is Java " + MIN_JAVA + "+)");
        }
        throw new IllegalStateException("Keycloak " + version + " needs Java " + MIN_JAVA + " or newer and none was found. "
                + "Set the system property pathway.keycloak.java-home or the environment variable PATHWAY_KEYCLOAK_JAVA_HOME "
                + "to a JDK " + MIN_JAVA + "+. Tried: " + tried);
    }

    static int javaMajorVersion(Path javaHome) {
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            return -1;
        }
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return -1;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            properties.load(in);
        } catch (IOException e) {
            return -1;
        }
        String value = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String major = value.startsWith("1.") ? value.substring(2) : value;
        int end = 0;
        while (end < major.length() && Character.isDigit(major.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(major.substring(0, end));
    }

    static Path cacheRoot() {
        return filtered(System.getenv("PATHWAY_CACHE")).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "pathway"))
                .toAbsolutePath().normalize();
    }

    private void install(Path home, Path javaHome) throws IOException {
        long started = System.nanoTime();
        if (Files.exists(home)) {
            log.info("Removing the unfinished Keycloak installation in {}", home);
            deleteRecursively(home);
        }
        log.info("Unpacking Keycloak {} from {} into {}", version, zip, home);
        unzip(zip, home);
        // start-dev builds the server for the dev profile the first time it runs (a plain 'kc.sh build' is for
        // production and would be rebuilt by the first start-dev). Run it once here, so that every later
        // instance starts without rebuilding and no instance ever writes into the shared lib/.
        Path buildLog = home.getParent().resolve("keycloak-" + version + "-build.log");
        Files.deleteIfExists(buildLog);
        KeycloakProcess first = new KeycloakProcess(home, javaHome, Ports.free(), false, "admin", "admin", buildLog);
        try {
            first.start(BUILD_TIMEOUT, "master");
        } finally {
            first.stop(false);
        }
        deleteRecursively(home.resolve("data"));
        Files.writeString(home.resolve(BUILT_MARKER), "Keycloak " + version + " built for start-dev in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s\n");
        log.info("Keycloak {} unpacked and built in {} ms", version, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                // The zip holds one top-level directory (keycloak-<version>/): strip it.
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path destination = target.resolve(name.substring(slash + 1)).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Zip entry outside the target: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.endsWith(".sh")) {
                    Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Files.walk does not follow links, so a home's links to the cache are removed, never what they point to.
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static Optional<String> filtered(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty() && !v.startsWith("@") && !v.startsWith("${"));
    }
}
