package org.pathway.devstack;

import java.util.Map;
import java.util.stream.Collectors;

import org.pathway.infra.local.Ports;

/** The launcher's port check: every port it needs, all busy ones named in one message, before anything starts. */
final class LauncherPorts {

    private LauncherPorts() {
    }

    /** Fails with one message naming every busy port and who needs it, before anything is started. */
    static void requireFree(Map<String, Integer> portsByUser) {
        String busy = portsByUser.entrySet().stream()
                .filter(e -> !Ports.isFree(e.getValue()))
                .map(e -> "  port " + e.getValue() + " (" + e.getKey() + ") is already in use")
                .collect(Collectors.joining("\n"));
        if (!busy.isEmpty()) {
            throw new IllegalStateException("cannot start Pathway:\n" + busy
                    + "\nStop whatever holds it (is Pathway already running? ./pathway status) and try again.");
        }
    }
}
