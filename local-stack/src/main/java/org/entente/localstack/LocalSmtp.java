package org.entente.localstack;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) that accepts every message and keeps it in memory. In the
 * local run it also serves what it received over IMAP and POP3, on loopback, so a person
 * trying Entente reads the e-mail it sent in any mail client: each recipient has a mailbox,
 * the user name and the password both being the recipient's address (GreenMail makes the
 * mailbox on the first message).
 */
public final class LocalSmtp implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final int port;
    private final int imapPort;
    private final int pop3Port;
    private GreenMail server;

    /** SMTP only, for tests that read what arrived through GreenMail itself. */
    public LocalSmtp(int port) {
        this(port, 0, 0);
    }

    /** SMTP, and IMAP and POP3 on these ports (0: not served). */
    public LocalSmtp(int port, int imapPort, int pop3Port) {
        this.port = port;
        this.imapPort = imapPort;
        this.pop3Port = pop3Port;
    }

    public int port() {
        return port;
    }

    public synchronized GreenMail start() {
        if (server == null) {
            List<ServerSetup> setups = new ArrayList<>();
            setups.add(new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP));
            if (imapPort > 0) {
                setups.add(new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP));
            }
            if (pop3Port > 0) {
                setups.add(new ServerSetup(pop3Port, LOOPBACK, ServerSetup.PROTOCOL_POP3));
            }
            GreenMail started = new GreenMail(setups.toArray(ServerSetup[]::new));
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
