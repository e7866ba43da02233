package org.pathway.infra.local;

/** A real SMTP server in this JVM (GreenMail): services send mail to it, tests and the launcher read what arrived. */
public final class LocalSmtp {

    private LocalSmtp() {
    }

    /** On a free loopback port. */
    public static LocalSmtpServer start() {
        return start(0);
    }

    /** On {@code 127.0.0.1:port} ({@code 0} = a free port). Accepts mail for any address, without authentication. */
    public static LocalSmtpServer start(int port) {
        return LocalSmtpServer.start(Ports.freeOrRequested(port, "SMTP server"));
    }
}
