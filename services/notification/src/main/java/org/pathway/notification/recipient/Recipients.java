package org.pathway.notification.recipient;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The recipients projection. Writes are whole-document replaces keyed by institution and user, so a redelivered
 * profile event changes nothing and a stale revision never replaces a newer one.
 */
@Component
public class Recipients {

    private final MongoTemplate mongo;

    Recipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void apply(Recipient recipient) {
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(recipient.id()).and("revision").lt(recipient.revision()));
        if (mongo.findAndReplace(olderOrAbsent, recipient, FindAndReplaceOptions.options().returnNew()) != null) {
            return;
        }
        if (!mongo.exists(Query.query(Criteria.where("_id").is(recipient.id())), Recipient.class)) {
            try {
                mongo.insert(recipient);
            } catch (DuplicateKeyException concurrentFirstCopy) {
                apply(recipient);
            }
        }
    }

    public Optional<Recipient> find(String tenant, String userId) {
        return Optional.ofNullable(mongo.findById(Recipient.key(tenant, userId), Recipient.class));
    }
}
