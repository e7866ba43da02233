package org.pathway.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.Collectors;

final class Ports {

    private Ports() {
    }

    /** Fails with one message naming every busy port and who needs it, before anything is started. */
    static void requireFree(Map<String, Integer> portsByUser) {
        String busy = portsByUser.entrySet().stream()
                .filter(e -> !isFree(e.getValue()))
                .map(e -> "  port " + e.getValue() + " (" + e.getKey() + ") is already in use")
                .collect(Collectors.joining("\n"));
        if (!busy.isEmpty()) {
            throw new IllegalStateException("cannot start Pathway:\n" + busy
                    + "\nStop whatever holds it (is Pathway already up? ./pathway status), or choose other ports"
                    + " (see README, 'Ports').");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
