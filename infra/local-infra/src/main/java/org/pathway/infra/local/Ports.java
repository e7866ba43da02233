package org.pathway.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback ports for the servers started here, the launcher and the system tests. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago; a server binding it soon after almost always gets it. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    /** {@code 0} becomes a free port; any other port must be free now, or the caller would reach another server. */
    static int freeOrRequested(int port, String what) {
        if (port == 0) {
            return free();
        }
        if (!isFree(port)) {
            throw new IllegalStateException(what + ": port 127.0.0.1:" + port + " is already in use");
        }
        return port;
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether something accepts connections on the loopback port. */
    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
