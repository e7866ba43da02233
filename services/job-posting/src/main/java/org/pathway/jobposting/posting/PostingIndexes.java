package org.pathway.jobposting.posting;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * The indexes the board's filters use (created idempotently at start-up). Search uses these fields and an unanchored,
 * quoted regex on the location only; no {@code $text}, which the MongoDB wire server lacks.
 */
@Component
class PostingIndexes implements ApplicationRunner {

    private final MongoTemplate mongo;

    PostingIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        IndexOperations indexes = mongo.indexOps(Posting.class);
        indexes.createIndex(new Index().on("tenant", Direction.ASC).on("status", Direction.ASC)
                .on("createdAt", Direction.DESC).named("tenant_status_created"));
        indexes.createIndex(new Index().on("status", Direction.ASC).on("content.roleType", Direction.ASC)
                .on("publishedAt", Direction.DESC).named("status_role_published"));
        indexes.createIndex(new Index().on("status", Direction.ASC).on("content.clinicalShare.max", Direction.ASC)
                .named("status_clinical_max"));
        indexes.createIndex(new Index().on("status", Direction.ASC).on("content.compensation.max", Direction.ASC)
                .named("status_pay_max"));
        indexes.createIndex(new Index().on("content.missionTags", Direction.ASC).named("mission_tags"));
    }
}
