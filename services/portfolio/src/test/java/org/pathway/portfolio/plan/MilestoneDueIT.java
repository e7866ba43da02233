package org.pathway.portfolio.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.infra.local.KafkaEvents;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.Tokens;
import org.pathway.portfolio.support.Api;
import org.pathway.portfolio.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * MilestoneDue on the real broker: exactly one event per milestone however many sweepers race, and a scheduler that
 * picks up after a restart from what the plans say. Time is the service's pinned clock; tokens use real time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pathway.portfolio.milestones.sweep-interval=300ms")
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
@Import(TestClock.Config.class)
class MilestoneDueIT {

    private static final String TYPE = "org.pathway.portfolio.MilestoneDue.v1";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    PivotPlanRepository plans;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MilestoneDueScheduler scheduler;

    @Autowired
    MilestoneProperties properties;

    private final String userId = UUID.randomUUID().toString();

    @AfterEach
    void backToNow() {
        clock.reset();
        scheduler.start();
    }

    @Test
    void shouldPublishOneMilestoneDueWhenSeveralSweepersRaceForTheSameMilestone() throws Exception {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusYears(3);
        JsonNode plan = fromTemplate(start);
        String firstId = plan.get("milestones").get(0).get("id").asString();
        List<MilestoneDueScheduler> replicas = List.of(scheduler, replica(), replica());

        clock.jumpTo(start.plusMonths(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
        int announced = race(replicas);

        List<ConsumerRecord<String, byte[]>> events = KafkaEvents.collect("portfolio.milestones", userId, TYPE,
                Duration.ofSeconds(6));
        assertThat(events).as("one event for the one milestone due").hasSize(1);
        assertThat(announced).as("the background sweep may have won the race").isLessThanOrEqualTo(1);
        ConsumerRecord<String, byte[]> event = events.get(0);
        assertThat(KafkaEvents.header(event, "ce_tenant")).isEqualTo("northbridge");
        assertThat(KafkaEvents.header(event, "ce_subject")).isEqualTo(userId);
        String payload = KafkaEvents.payload(event);
        EventContracts.assertConforms("portfolio", "MilestoneDue", 1, payload);
        JsonNode data = Api.json(payload);
        assertThat(data.get("milestoneId").asString()).isEqualTo(firstId);
        assertThat(data.get("title").asString()).isEqualTo("Meet the local education leader");
        assertThat(data.get("dueOn").asString()).isEqualTo(start.plusMonths(1).toString());

        PivotPlan stored = plans.findById(PivotPlan.idOf("northbridge", userId)).orElseThrow();
        assertThat(stored.milestone(firstId)).hasValueSatisfying(m -> assertThat(m.dueAnnounced()).isTrue());
        assertThat(stored.milestones().stream().filter(Milestone::dueAnnounced)).hasSize(1);
        assertThat(stored.pendingEvents()).as("published and pulled from the outbox").isEmpty();
        assertThat(race(replicas)).as("a later sweep finds nothing left to announce").isZero();
    }

    @Test
    void shouldCatchUpAfterARestartWithoutAnnouncingAnythingTwiceOrAnythingNotOpen() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusYears(4);
        JsonNode plan = fromTemplate(start);
        String second = plan.get("milestones").get(1).get("id").asString();
        assertThat(new Api(port).put("/api/portfolio/pivot-plan/me/milestones/" + second + "/status",
                Tokens.faculty(userId, "northbridge"), """
                        {"status": "DONE"}""").statusCode()).isEqualTo(200);

        scheduler.stop();
        clock.jumpTo(start.plusMonths(3).atTime(12, 0).toInstant(ZoneOffset.UTC));
        assertThat(plans.findById(PivotPlan.idOf("northbridge", userId)).orElseThrow().milestones().stream()
                .filter(Milestone::dueAnnounced)).as("nothing runs while the service is down").isEmpty();

        MilestoneDueScheduler restarted = replica();
        restarted.start();
        try {
            List<ConsumerRecord<String, byte[]>> events = KafkaEvents.await("portfolio.milestones", userId, TYPE, 2);
            assertThat(events).extracting(e -> Api.json(KafkaEvents.payload(e)).get("title").asString())
                    .containsExactlyInAnyOrder("Meet the local education leader",
                            "Take on one small education project");
        } finally {
            restarted.stop();
        }
        scheduler.start();

        assertThat(KafkaEvents.collect("portfolio.milestones", userId, TYPE, Duration.ofSeconds(4)))
                .as("the done milestone is never announced, the others only once").hasSize(2);
    }

    private JsonNode fromTemplate(LocalDate start) {
        HttpResponse<String> created = new Api(port).post("/api/portfolio/pivot-plan/me/template",
                Tokens.faculty(userId, "northbridge"), """
                        {"startsOn": "%s"}""".formatted(start));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created);
    }

    /** Another replica of the service: its own scheduler over the same database and broker. */
    private MilestoneDueScheduler replica() {
        return new MilestoneDueScheduler(plans, mongo, clock, properties);
    }

    private static int race(List<MilestoneDueScheduler> replicas) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(replicas.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (MilestoneDueScheduler replica : replicas) {
                sweeps.add(threads.submit(() -> {
                    go.await();
                    return replica.sweep();
                }));
            }
            go.countDown();
            int announced = 0;
            for (Future<Integer> sweep : sweeps) {
                announced += sweep.get();
            }
            return announced;
        } finally {
            threads.shutdownNow();
        }
    }
}
