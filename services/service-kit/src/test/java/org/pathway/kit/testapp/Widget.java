package org.pathway.kit.testapp;

import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("widgets")
public class Widget extends OutboxAggregate {

    public static final String TOPIC = "kit-test.widgets";

    @Id
    private String id;
    private String tenant;
    private String name;
    private int revision;
    @Version
    private Long version;

    protected Widget() {
    }

    public static Widget create(String id, String tenant, String name) {
        Widget widget = new Widget();
        widget.id = id;
        widget.tenant = tenant;
        widget.name = name;
        widget.record(OutboxEvent.of(TOPIC, "WidgetCreated", id, tenant, new WidgetChanged(id, name, 0)));
        return widget;
    }

    public void rename(String newName) {
        name = newName;
        revision++;
        record(OutboxEvent.of(TOPIC, "WidgetRenamed", id, tenant, new WidgetChanged(id, newName, revision)));
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String name() {
        return name;
    }

    public record WidgetChanged(String widgetId, String name, int revision) {
    }
}
