package org.pathway.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.pathway.infra.local.Ports;
import org.pathway.infra.local.RunningServer;

/**
 * Debian's nginx as a plain reverse proxy in front of one backend (keep-alive upstream, no access log), in the
 * foreground under this JVM, with its files in its own folder: the yardstick the gateway is compared with. Installed
 * with apt-get when missing.
 */
final class Nginx implements RunningServer {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Nginx proxying(int backendPort, Path dir) {
        installIfMissing();
        int port = Ports.free();
        String conf = """
                user root;
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/tmp-body;
                  proxy_temp_path %1$s/tmp-proxy;
                  fastcgi_temp_path %1$s/tmp-fastcgi;
                  uwsgi_temp_path %1$s/tmp-uwsgi;
                  scgi_temp_path %1$s/tmp-scgi;
                  upstream backend { server 127.0.0.1:%2$d; keepalive 32; }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://backend;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                    }
                  }
                }
                """.formatted(dir.toAbsolutePath(), backendPort, port);
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("nginx.conf");
            Files.writeString(file, conf);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toAbsolutePath().toString(), "-c",
                    file.toAbsolutePath().toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("nginx.out").toFile()).start();
            FaultChecks.awaitTrue(Duration.ofSeconds(20), "nginx listening on " + port,
                    () -> Ports.accepts(port) || !process.isAlive());
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: see " + dir.resolve("nginx.out") + " and error.log");
            }
            return new Nginx(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start nginx", e);
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void installIfMissing() {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        try {
            ProcessBuilder apt = new ProcessBuilder("apt-get", "install", "-y", "-q", "nginx").inheritIO();
            apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
            if (apt.start().waitFor() != 0 || !Files.isExecutable(BINARY)) {
                throw new IllegalStateException("apt-get install nginx failed (the bench needs root and apt)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
