package org.pathway.jobposting.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.jobposting.posting.PostingFacts;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.kit.events.OutboxEvent;

import tools.jackson.databind.json.JsonMapper;

/** Producer side of AlertMatched v1: the real outbox event of an alert, serialized as the relay sends it. */
class AlertMatchedContractTests {

    @Test
    void shouldRecordAnAlertMatchedConformingToTheSchemaForTheCandidatesInstitution() {
        PublishedPosting posting = new PublishedPosting("posting-1", "northbridge", "APD – Internal Medicine",
                new PostingFacts(RoleType.ASSOCIATE_PROGRAM_DIRECTOR, 40, 275_000, false, List.of(), "Chicago",
                        List.of(), 20.0, List.of()));

        Alert alert = Alert.matched("lakeside", "user-9", List.of(new Alert.MatchedSearch("s1", "APD")), posting,
                Instant.parse("2026-02-02T09:30:01.250Z"));

        OutboxEvent event = alert.pendingEvents().get(0);
        assertThat(event.type()).isEqualTo("org.pathway.job-posting.AlertMatched.v1");
        assertThat(event.topic()).isEqualTo("jobs.alerts");
        assertThat(event.tenant()).isEqualTo("lakeside");
        assertThat(event.subject()).isEqualTo("lakeside/user-9/posting-1");
        EventContracts.assertConforms("job-posting", "AlertMatched", 1,
                JsonMapper.builder().build().writeValueAsString(event.payload()));
    }
}
