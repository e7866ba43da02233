package org.pathway.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InProcessKafkaIT {

    @Test
    void shouldDeliverAProducedRecordToAConsumer() throws Exception {
        KafkaBroker kafka = TestInfrastructure.kafka();

        KafkaRoundTrip.send(kafka.bootstrapServers(), "local-infra.in-process", "k1", "hello");

        assertThat(KafkaRoundTrip.readFromBeginning(kafka.bootstrapServers(), "local-infra.in-process", 1))
                .containsExactly("hello");
    }
}
