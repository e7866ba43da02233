package org.pathway.notification.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.pathway.notification.config.NotificationProperties;
import org.pathway.notification.recipient.Recipient;
import org.pathway.notification.recipient.Recipients;
import org.pathway.notification.template.Templates;
import org.springframework.stereotype.Component;

/** Renders a delivery for its recipient as they are known now (name, address), at the moment it is sent. */
@Component
public class Composer {

    /** @param address where email goes; null when the recipient has no address (yet) */
    public record Composed(Templates.Rendered content, String address, String recipientName) {
    }

    private final Templates templates;
    private final Recipients recipients;
    private final NotificationProperties properties;

    Composer(Templates templates, Recipients recipients, NotificationProperties properties) {
        this.templates = templates;
        this.recipients = recipients;
        this.properties = properties;
    }

    Composed compose(Delivery delivery) {
        Optional<Recipient> known = delivery.userId() == null ? Optional.empty()
                : recipients.find(delivery.tenant(), delivery.userId());
        String name = known.map(Recipient::name).orElse(delivery.externalName());
        // A user's address is the one their profile last announced; one named by the event only fills in for none.
        String address = delivery.userId() == null ? delivery.externalEmail()
                : known.filter(Recipient::reachableByEmail).map(Recipient::email).orElse(delivery.externalEmail());
        return new Composed(templates.render(delivery.template(), model(delivery.model(), name)), address, name);
    }

    /** The subject line a delivery's content would have, for digest listings. */
    String subject(Delivery delivery) {
        return templates.subject(delivery.template(), model(delivery.model(), null));
    }

    private Map<String, Object> model(Map<String, Object> model, String recipientName) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("recipientName", recipientName == null || recipientName.isBlank() ? "there" : recipientName);
        full.put("portalUrl", properties.portalBaseUrl());
        return full;
    }
}
