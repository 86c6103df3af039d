package org.entente.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) that accepts every message and keeps it in memory. */
public final class LocalSmtp implements AutoCloseable {

    private final int port;
    private GreenMail server;

    public LocalSmtp(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public synchronized GreenMail start() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            server = started;
        }
        return server;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
