package org.pathway.jobposting.application;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/** The candidate's own list and the posting institution's applicant list (uniqueness is the primary key's). */
@Component
class ApplicationIndexes implements ApplicationRunner {

    private final MongoTemplate mongo;

    ApplicationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        IndexOperations indexes = mongo.indexOps(JobApplication.class);
        indexes.createIndex(new Index().on("candidateInstitution", Direction.ASC).on("candidateId", Direction.ASC)
                .on("submittedAt", Direction.DESC).named("candidate_submitted"));
        indexes.createIndex(new Index().on("tenant", Direction.ASC).on("postingId", Direction.ASC)
                .on("stage", Direction.ASC).on("submittedAt", Direction.ASC).named("tenant_posting_stage"));
    }
}
