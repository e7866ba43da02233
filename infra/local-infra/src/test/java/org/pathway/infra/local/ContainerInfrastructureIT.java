package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** Only where a Docker engine answers: the real MongoDB and Kafka images behind the local interfaces. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureIT {

    @Test
    void shouldRoundTripWithTheRealMongoDb() {
        try (MongoWireServer mongo = ContainerInfrastructure.mongo();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("it").getCollection("c").insertOne(new Document("_id", 1).append("v", "x"));

            assertThat(client.getDatabase("it").getCollection("c").find().first()).containsEntry("v", "x");
        }
    }

    @Test
    void shouldRoundTripWithTheKafkaImage() throws Exception {
        try (KafkaBroker kafka = ContainerInfrastructure.kafka()) {
            KafkaRoundTrip.send(kafka.bootstrapServers(), "containers", "k", "v");

            assertThat(KafkaRoundTrip.readFromBeginning(kafka.bootstrapServers(), "containers", 1)).containsExactly("v");
        }
    }
}
