package org.pathway.notification.delivery;

import java.util.ArrayList;
import java.util.List;

import org.pathway.notification.calendar.CalendarInvite;
import org.pathway.notification.calendar.IcsWriter;
import org.pathway.notification.config.NotificationProperties;
import org.pathway.notification.recipient.Recipient;
import org.pathway.notification.recipient.Recipients;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import java.time.Clock;

/** Email over SMTP: plain text and HTML alternatives, and an iCalendar invite as a {@code text/calendar} attachment. */
@Component
class EmailSender implements DeliverySender {

    static final String DELIVERY_HEADER = "X-Pathway-Delivery";

    private final JavaMailSender mail;
    private final Recipients recipients;
    private final NotificationProperties properties;
    private final Clock clock;

    EmailSender(JavaMailSender mail, Recipients recipients, NotificationProperties properties, Clock clock) {
        this.mail = mail;
        this.recipients = recipients;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery, Composer.Composed composed) {
        if (composed.address() == null) {
            // The profile (and so the address) may simply not have arrived yet: failing lets the retry find it later.
            throw new IllegalStateException("No email address known for recipient " + delivery.recipient());
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(composed.address());
            helper.setSubject(composed.content().subject());
            helper.setText(composed.content().text(), composed.content().html());
            if (delivery.invite() != null) {
                CalendarInvite invite = withAddresses(delivery.tenant(), delivery.invite());
                String contentType = "text/calendar; charset=UTF-8; method=" + invite.method().name();
                helper.addAttachment(invite.method() == CalendarInvite.Method.CANCEL ? "cancel.ics" : "invite.ics",
                        new ByteArrayDataSource(IcsWriter.write(invite, clock.instant()), contentType));
            }
            message.setHeader(DELIVERY_HEADER, delivery.id());
            mail.send(message);
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("Cannot build the email for " + delivery.id(), e);
        }
    }

    private CalendarInvite withAddresses(String tenant, CalendarInvite invite) {
        List<CalendarInvite.Party> attendees = new ArrayList<>();
        invite.attendees().forEach(party -> attendees.add(resolve(tenant, party)));
        return new CalendarInvite(invite.method(), invite.uid(), invite.sequence(), invite.summary(), invite.description(),
                invite.url(), invite.start(), invite.end(), resolve(tenant, invite.organizer()), attendees);
    }

    private CalendarInvite.Party resolve(String tenant, CalendarInvite.Party party) {
        if (party.email() != null || party.userId() == null) {
            return party;
        }
        Recipient known = recipients.find(tenant, party.userId()).filter(Recipient::reachableByEmail)
                .orElseThrow(() -> new IllegalStateException("No email address known for invitee " + party.userId()));
        return party.withAddress(known.email(), known.name());
    }
}
