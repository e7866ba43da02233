package org.pathway.systemtests;

import java.io.IOException;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading the e-mails the platform sent to the shared SMTP server, as a recipient's mail client would. */
final class Emails {

    private Emails() {
    }

    /** Every text part of the message (plain and HTML), decoded. */
    static String content(MimeMessage message) {
        return parts(message, "text/");
    }

    /** The decoded text of every part whose type starts with {@code type}, however deeply the multiparts nest. */
    static String parts(Part part, String type) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(parts(multipart.getBodyPart(i), type)).append('\n');
                }
                return text.toString();
            }
            boolean wanted = part.getContentType().toLowerCase(Locale.ROOT).startsWith(type);
            return wanted && content instanceof String text ? text : "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a received email", e);
        }
    }
}
