package org.pathway.notification.preference;

import java.util.EnumMap;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Each person's choice per category ({@code preferences}, one document per institution and user); IMMEDIATE unless chosen. */
@Component
public class Preferences {

    static final String COLLECTION = "preferences";

    private final MongoTemplate mongo;

    Preferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public DeliveryMode modeFor(String tenant, String userId, Category category) {
        return all(tenant, userId).get(category);
    }

    Map<Category, DeliveryMode> all(String tenant, String userId) {
        Map<Category, DeliveryMode> modes = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            modes.put(category, DeliveryMode.IMMEDIATE);
        }
        Document stored = mongo.findById(key(tenant, userId), Document.class, COLLECTION);
        if (stored != null && stored.get("modes") instanceof Document chosen) {
            chosen.forEach((category, mode) -> modes.put(Category.valueOf(category), DeliveryMode.valueOf((String) mode)));
        }
        return modes;
    }

    void choose(String tenant, String userId, Category category, DeliveryMode mode) {
        if (mode == DeliveryMode.OFF && !category.canTurnOff()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, category + " notifications cannot be turned off");
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(key(tenant, userId))),
                new Update().set("tenant", tenant).set("userId", userId).set("modes." + category.name(), mode.name()),
                COLLECTION);
    }

    private static String key(String tenant, String userId) {
        return tenant + "/" + userId;
    }
}
