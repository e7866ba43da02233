package org.pathway.notification.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.pathway.infra.local.TestInfrastructure;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** What the JVM's shared GreenMail server (a real SMTP server) received, and the parts of a received email. */
public final class Mail {

    private Mail() {
    }

    public static List<MimeMessage> received(String address) {
        return TestInfrastructure.smtp().receivedMessagesFor(address);
    }

    /** Waits (30 s at most) until {@code address} received at least {@code count} emails. */
    public static List<MimeMessage> awaitEmails(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> received(address).size() >= count);
        return received(address);
    }

    /** Waits (30 s at most) until {@code address} received an email with this subject. */
    public static void awaitSubject(String address, String subject) {
        await().atMost(Duration.ofSeconds(30)).until(() -> received(address).stream().anyMatch(m -> subject.equals(subject(m))));
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The content of the first part of this MIME type, searched through nested multiparts; null when there is none. */
    public static String part(MimeMessage message, String contentType) throws Exception {
        BodyPart part = find(message.getContent(), contentType);
        return part == null ? null : part.getContent() instanceof String s ? s : new String(part.getInputStream().readAllBytes());
    }

    /** The Content-Type header of the first part of this MIME type. */
    public static String contentType(MimeMessage message, String contentType) throws Exception {
        return find(message.getContent(), contentType).getContentType();
    }

    private static BodyPart find(Object content, String contentType) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(contentType)) {
                    return part;
                }
                BodyPart nested = find(part.getContent(), contentType);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
