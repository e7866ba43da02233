package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

class LocalMongoIT {

    @TempDir
    Path dir;

    @Test
    void shouldRoundTripADocumentInMemory() {
        MongoWireServer mongo = TestInfrastructure.mongo();
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("local_infra_it").getCollection("people");
            people.insertOne(new Document("_id", "p1").append("name", "Ada"));

            assertThat(people.find(Filters.eq("_id", "p1")).first()).containsEntry("name", "Ada");
        }
    }

    @Test
    void shouldKeepDocumentsOfAPersistentStoreAcrossRestart() {
        Path file = dir.resolve("mongo/pathway.mv");
        int port;
        try (MongoWireServer mongo = LocalMongo.startPersistent(file, 0); MongoClient client = MongoClients.create(mongo.connectionString())) {
            port = Integer.parseInt(mongo.connectionString().substring(mongo.connectionString().lastIndexOf(':') + 1));
            client.getDatabase("pathway").getCollection("activities").insertOne(new Document("_id", "a1").append("title", "Grand rounds"));
        }

        try (MongoWireServer mongo = LocalMongo.startPersistent(file, port); MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + port);
            assertThat(client.getDatabase("pathway").getCollection("activities").find(Filters.eq("_id", "a1")).first())
                    .containsEntry("title", "Grand rounds");
        }
    }
}
