package org.pathway.portfolio.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathway.infra.local.Problems.assertProblem;
import static org.pathway.portfolio.support.Api.json;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pathway.infra.local.RealInfrastructureInitializer;
import org.pathway.infra.local.Tokens;
import org.pathway.portfolio.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import tools.jackson.databind.JsonNode;

/** The pivot plan over HTTP with real tokens and the Mongo wire server: template, redraw, progress, bad input, privacy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
class PivotPlanIT {

    private static final String PLAN = "/api/portfolio/pivot-plan/me";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private final String userId = UUID.randomUUID().toString();

    @Test
    void shouldStartFromTheTemplateTrackProgressAndRedrawKeepingMilestoneIds() {
        Api api = new Api(port);
        String token = Tokens.faculty(userId, "northbridge");

        HttpResponse<String> created = api.post(PLAN + "/template", token, """
                {"startsOn": "2030-01-15", "horizonMonths": 24}""");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode plan = json(created);
        assertThat(plan.get("origin").asString()).isEqualTo("TEMPLATE");
        assertThat(plan.get("endsOn").asString()).isEqualTo("2032-01-15");
        assertThat(plan.get("milestones")).hasSize(9);
        assertThat(plan.get("milestones").get(3).get("title").asString()).isEqualTo("Complete a faculty-development course");
        assertThat(plan.get("milestones").get(3).get("dueOn").asString()).isEqualTo("2030-07-15");
        assertThat(api.post(PLAN + "/template", token, """
                {"startsOn": "2030-01-15"}""").statusCode()).as("one plan per person").isEqualTo(409);

        String first = plan.get("milestones").get(0).get("id").asString();
        String second = plan.get("milestones").get(1).get("id").asString();
        assertThat(json(api.put(PLAN + "/milestones/" + first + "/status", token, """
                {"status": "DONE"}""")).get("progress").get("shareDone").asDouble()).isEqualTo(0.111);

        HttpResponse<String> redrawn = api.put(PLAN, token, """
                {"startsOn": "2030-01-15", "horizonMonths": 12, "milestones": [
                  {"id": "%s", "title": "Met the education leader", "dueOn": "2030-02-15", "status": "DONE"},
                  {"id": "%s", "title": "Document teaching", "dueOn": "2030-03-15", "status": "DROPPED"},
                  {"title": "Submit a MedEdPORTAL resource", "dueOn": "2030-12-01"}]}""".formatted(first, second));

        assertThat(redrawn.statusCode()).as(redrawn.body()).isEqualTo(200);
        JsonNode after = json(redrawn);
        assertThat(after.get("milestones").get(0).get("id").asString()).isEqualTo(first);
        assertThat(after.get("milestones").get(2).get("status").asString()).isEqualTo("OPEN");
        assertThat(after.get("progress").get("shareDone").asDouble()).isEqualTo(0.5);
        assertThat(after.get("progress").get("dropped").asInt()).isEqualTo(1);
        assertThat(json(api.get(PLAN, token)).get("milestones")).hasSize(3);
    }

    @Test
    void shouldDrawAPlanFromScratchAndRejectBadPlansNamingTheFieldStoringNothing() {
        Api api = new Api(port);
        String token = Tokens.faculty(userId, "northbridge");

        assertProblem(api.put(PLAN, token, """
                {"startsOn": "2030-01-15", "horizonMonths": 36, "milestones": [
                  {"title": "A", "dueOn": "2030-03-01"}]}"""), 400, "horizonMonths");
        assertProblem(api.put(PLAN, token, """
                {"startsOn": "2030-01-15", "horizonMonths": 12, "milestones": [
                  {"title": "A", "dueOn": "2031-03-01"}]}"""), 400, "milestones[0].dueOn");
        assertProblem(api.put(PLAN, token, """
                {"startsOn": "2030-01-15", "horizonMonths": 12, "milestones": [
                  {"title": "A", "dueOn": "2030-05-01"}, {"title": "B", "dueOn": "2030-04-01"}]}"""), 400,
                "milestones[1].dueOn");
        assertProblem(api.put(PLAN, token, """
                {"startsOn": "2030-01-15", "horizonMonths": 12, "milestones": [
                  {"title": "A", "dueOn": "2030-05-01", "status": "MAYBE"}]}"""), 400, "milestones[0].status");
        assertProblem(api.put(PLAN, token, """
                {"startsOn": "2030-01-15", "horizonMonths": 12, "milestones": [
                  {"title": "A", "dueOn": "2030-05-01", "dueAnnounced": true}]}"""), 400, "milestones[0].dueAnnounced");
        assertProblem(api.put(PLAN, token, """
                {"startsOn": "2030-01-15", "horizonMonths": 12, "ownerId": "someone", "milestones": [
                  {"title": "A", "dueOn": "2030-05-01"}]}"""), 400, "ownerId");
        assertProblem(api.post(PLAN + "/template", token, """
                {"startsOn": "2030-01-15", "horizonMonths": 12}"""), 400, "horizonMonths");
        assertThat(api.get(PLAN, token).statusCode()).as("nothing was stored").isEqualTo(404);

        HttpResponse<String> drawn = api.put(PLAN, token, """
                {"startsOn": "2030-01-15", "horizonMonths": 12, "milestones": [
                  {"title": "Join the curriculum committee", "dueOn": "2030-04-01"}]}""");
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(201);
        assertThat(json(drawn).get("origin").asString()).isEqualTo("SCRATCH");
        assertThat(api.put(PLAN + "/milestones/not-mine/status", token, """
                {"status": "DONE"}""").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldKeepThePlanPrivateToItsOwnerEvenFromTheirInstitutionAdmin() {
        Api api = new Api(port);
        assertThat(api.post(PLAN + "/template", Tokens.faculty(userId, "northbridge"), """
                {"startsOn": "2030-01-15"}""").statusCode()).isEqualTo(201);

        assertThat(api.get(PLAN, Tokens.faculty(UUID.randomUUID().toString(), "northbridge")).statusCode())
                .as("a colleague has no plan of their own").isEqualTo(404);
        assertThat(api.get(PLAN, Tokens.faculty(userId, "lakeside")).statusCode())
                .as("the same person in another institution").isEqualTo(404);
        assertThat(api.get(PLAN, Tokens.institutionAdmin(UUID.randomUUID().toString(), "northbridge")).statusCode())
                .as("admins are not faculty").isEqualTo(403);
        HttpResponse<String> adminView = api.get("/api/portfolio/admin/profiles/" + userId,
                Tokens.institutionAdmin(UUID.randomUUID().toString(), "northbridge"));
        assertThat(adminView.statusCode()).isEqualTo(200);
        assertThat(adminView.body()).doesNotContain("education leader").doesNotContain("milestone");
        assertThat(api.get("/api/portfolio/admin/profiles/" + userId + "/pivot-plan",
                Tokens.institutionAdmin(UUID.randomUUID().toString(), "northbridge")).statusCode()).isEqualTo(404);
        assertThat(mongo.getCollection("pivot_plans").countDocuments(
                new org.bson.Document("_id", "northbridge/" + userId))).isEqualTo(1);
    }
}
