package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

class LocalSmtpIT {

    @Test
    void shouldReceiveAMessageSentOverSmtp() throws Exception {
        LocalSmtpServer smtp = TestInfrastructure.smtp();
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("notifications@pathway.local"));
        message.setRecipients(Message.RecipientType.TO, "mentor@northbridge.edu");
        message.setRecipients(Message.RecipientType.BCC, "audit@pathway.local");
        message.setSubject("A mentee asked to match with you");
        message.setText("Open Pathway to answer.");

        Transport.send(message);

        smtp.awaitMessages(2, Duration.ofSeconds(10));
        List<MimeMessage> received = smtp.receivedMessagesFor("mentor@northbridge.edu");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("A mentee asked to match with you");
        assertThat(smtp.receivedMessagesFor("audit@pathway.local")).hasSize(1);
        assertThat(smtp.receivedMessagesFor("nobody@pathway.local")).isEmpty();
    }

    @Test
    void shouldStartOnTheRequestedPort() {
        int port = Ports.free();
        try (LocalSmtpServer smtp = LocalSmtp.start(port)) {
            assertThat(smtp.port()).isEqualTo(port);
            assertThat(Ports.accepts(port)).isTrue();
        }
        assertThat(Ports.isFree(port)).isTrue();
    }
}
