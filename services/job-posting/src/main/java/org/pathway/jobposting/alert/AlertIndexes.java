package org.pathway.jobposting.alert;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes for the caller's own lists and the matcher's incremental sync. */
@Component
class AlertIndexes implements ApplicationRunner {

    private final MongoTemplate mongo;

    AlertIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        mongo.indexOps(SavedSearch.class).createIndex(new Index().on("tenant", Direction.ASC).on("userId", Direction.ASC)
                .on("active", Direction.ASC).named("owner_active"));
        mongo.indexOps(SavedSearch.class).createIndex(new Index().on("modifiedAt", Direction.ASC).named("modified"));
        mongo.indexOps(Alert.class).createIndex(new Index().on("tenant", Direction.ASC).on("userId", Direction.ASC)
                .on("matchedAt", Direction.DESC).named("owner_matched"));
    }
}
