package org.pathway.infra.local;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/** GreenMail's SMTP server on a loopback port, keeping every message it receives until {@link #purge()}. */
public final class LocalSmtpServer implements RunningServer {

    private static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final int port;
    private boolean closed;

    private LocalSmtpServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    static LocalSmtpServer start(int port) {
        GreenMail greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new LocalSmtpServer(greenMail, port);
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    /** Every message received so far, one per recipient mailbox (a message to two recipients counts twice). */
    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** The messages delivered to {@code address} so far (as To, Cc or Bcc). */
    public List<MimeMessage> receivedMessagesFor(String address) {
        return greenMail.findReceivedMessages(user -> address.equalsIgnoreCase(user.getEmail()), message -> true).toList();
    }

    /**
     * Waits until at least {@code count} messages have arrived in total or {@code timeout} passes, and returns
     * what arrived either way (callers assert on it).
     */
    public List<MimeMessage> awaitMessages(int count, Duration timeout) {
        greenMail.waitForIncomingEmail(timeout.toMillis(), count);
        return receivedMessages();
    }

    /** Forgets every received message. */
    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot purge the received mail", e);
        }
    }

    @Override
    public boolean endsWithTheJvm() {
        return true;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            greenMail.stop();
        }
    }

    @Override
    public String toString() {
        return "SMTP server at " + HOST + ":" + port;
    }
}
