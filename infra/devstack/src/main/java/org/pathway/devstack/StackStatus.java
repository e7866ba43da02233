package org.pathway.devstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pathway.infra.local.Ports;

/** What {@code ./pathway status} prints: the launcher's state, each app's readiness, each server's port. */
final class StackStatus {

    private final StackDirectories directories;

    StackStatus(StackDirectories directories) {
        this.directories = directories;
    }

    /** Prints the status; true when the stack is READY and every app answers its readiness probe. */
    boolean print() {
        String state = readState();
        System.out.println("launcher: " + state);
        boolean healthy = state.equals("READY");
        Map<String, Integer> infrastructure = new LinkedHashMap<>(DevStack.requiredPorts());
        for (PlatformApp app : PlatformApp.SERVICES) {
            healthy &= report(app);
            infrastructure.remove(app.name());
        }
        healthy &= report(PlatformApp.GATEWAY);
        infrastructure.remove(PlatformApp.GATEWAY.name());
        for (Map.Entry<String, Integer> server : infrastructure.entrySet()) {
            boolean listening = Ports.accepts(server.getValue());
            healthy &= listening;
            System.out.printf("  %-17s 127.0.0.1:%-5d %s%n", server.getKey(), server.getValue(),
                    listening ? "listening" : "DOWN");
        }
        System.out.println("logs: " + directories.logs());
        return healthy;
    }

    private static boolean report(PlatformApp app) {
        boolean ready = AppProcess.isReady(URI.create(app.baseUrl() + "/actuator/health/readiness"));
        System.out.printf("  %-17s %-15s %s%n", app.name(), app.baseUrl().replace("http://", ""), ready ? "ready" : "DOWN");
        return ready;
    }

    private String readState() {
        try {
            return Files.readString(directories.stateFile()).strip();
        } catch (IOException e) {
            return "not started";
        }
    }
}
