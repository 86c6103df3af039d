package org.entente.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Loopback port helpers. */
public final class Ports {

    /** Where the kernel's own range starts when it cannot be read (Linux's default). */
    private static final int DEFAULT_EPHEMERAL_START = 32768;
    private static final int LOWEST = 10000;
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    /**
     * A port free right now, for a part that binds it later. It is taken below the kernel's
     * ephemeral range: a port from that range (what {@code new ServerSocket(0)} gives) can be taken
     * by any outgoing connection before the part binds it, and a system's Kafka and Mongo clients
     * open many. Each port is handed out once per JVM, so two parts never share one either.
     */
    public static synchronized int free() {
        int below = ephemeralStart();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && canBind(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + below);
    }

    public static boolean isOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Read line by line: procfs reports a size of 0, and {@code Files.readString} then stops short. */
    private static int ephemeralStart() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            int start = Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]);
            return start > LOWEST + 1000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException e) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
