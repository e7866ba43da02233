package org.pathway.portfolio.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.pathway.contracts.EventContracts;
import org.pathway.kit.events.OutboxEvent;
import org.pathway.kit.web.BadRequestBodyException;
import org.pathway.portfolio.plan.PivotPlanRequest.MilestoneRequest;

import tools.jackson.databind.json.JsonMapper;

/** The plan's own rules: the template, validation, progress and the once-only announcement, without infrastructure. */
class PivotPlanTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final LocalDate START = LocalDate.parse("2026-01-15");

    @Test
    void shouldDateTheTypicalTemplateFromTheStartInOrderWithinEighteenMonths() {
        PivotPlan plan = PivotPlan.fromTemplate("northbridge", "u-1", new TemplateRequest(START, null), at("2026-01-10"));

        assertThat(plan.horizonMonths()).isEqualTo(18);
        assertThat(plan.endsOn()).isEqualTo(LocalDate.parse("2027-07-15"));
        assertThat(plan.milestones()).hasSize(9).extracting(Milestone::dueOn).isSorted()
                .allSatisfy(due -> assertThat(due).isAfter(START).isBeforeOrEqualTo(plan.endsOn()));
        assertThat(plan.milestones()).extracting(Milestone::title).contains("Meet the local education leader",
                "Complete a faculty-development course", "Rewrite the CV as a med-ed CV", "Have at least two mentors");
        assertThat(plan.milestones().get(0).dueOn()).isEqualTo(LocalDate.parse("2026-02-15"));
        assertThat(VALIDATOR.validate(new PivotPlanRequest(START, 18, PivotPlanTemplate.typical(START)))).isEmpty();
    }

    @Test
    void shouldNameEachOffendingFieldOfAnInvalidPlan() {
        PivotPlanRequest request = new PivotPlanRequest(START, 30, List.of(
                milestone("First", "2026-03-01"), milestone("Before the first", "2026-02-01"),
                milestone("", "2026-04-01")));
        PivotPlanRequest outside = new PivotPlanRequest(START, 12, List.of(milestone("Too late", "2027-02-01"),
                milestone("Too early", "2026-01-01")));

        assertThat(VALIDATOR.validate(request)).extracting(v -> v.getPropertyPath().toString())
                .contains("horizonMonths", "milestones[2].title");
        assertThat(VALIDATOR.validate(new PivotPlanRequest(START, 18, request.milestones())))
                .extracting(v -> v.getPropertyPath().toString()).containsExactlyInAnyOrder("milestones[1].dueOn",
                        "milestones[2].title");
        assertThat(VALIDATOR.validate(outside)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("milestones[0].dueOn", "milestones[1].dueOn");
    }

    @Test
    void shouldAnnounceADueOpenMilestoneOnceAndKeepItAnnouncedAcrossRedraws() {
        PivotPlan plan = PivotPlan.fromTemplate("northbridge", "u-1", new TemplateRequest(START, 24), at("2026-01-10"));

        assertThat(plan.announceDue(at("2026-02-14"))).isZero();
        assertThat(plan.announceDue(at("2026-02-15"))).isEqualTo(1);
        assertThat(plan.announceDue(at("2026-02-20"))).as("announced once").isZero();
        Milestone first = plan.milestones().get(0);
        assertThat(first.dueAnnounced()).isTrue();

        List<MilestoneRequest> redrawn = plan.milestones().stream()
                .map(m -> new MilestoneRequest(m.milestoneId(), m.title(), m.dueOn().plusMonths(1), m.status())).toList();
        plan.replace(new PivotPlanRequest(START, 24, redrawn), at("2026-02-21"));

        assertThat(plan.milestone(first.milestoneId())).hasValueSatisfying(m -> assertThat(m.dueAnnounced()).isTrue());
        assertThat(plan.announceDue(at("2026-03-16"))).as("moving the date never announces again").isZero();
        assertThat(plan.pendingEvents()).hasSize(1);
    }

    @Test
    void shouldNotAnnounceDoneOrDroppedMilestonesAndCountProgressWithoutTheDropped() {
        PivotPlan plan = PivotPlan.fromTemplate("northbridge", "u-1", new TemplateRequest(START, null), at("2026-01-10"));
        List<Milestone> milestones = plan.milestones();
        plan.mark(milestones.get(0).milestoneId(), MilestoneStatus.DONE, at("2026-02-01"));
        plan.mark(milestones.get(1).milestoneId(), MilestoneStatus.DROPPED, at("2026-02-01"));

        assertThat(plan.announceDue(at("2026-03-20"))).as("only the third is open and due").isEqualTo(0);
        assertThat(plan.announceDue(at("2026-04-15"))).isEqualTo(1);
        PivotPlanView.Progress progress = PivotPlanView.Progress.of(plan.milestones());
        assertThat(progress.done()).isEqualTo(1);
        assertThat(progress.dropped()).isEqualTo(1);
        assertThat(progress.open()).isEqualTo(7);
        assertThat(progress.shareDone()).isEqualTo(0.125);
        assertThat(plan.mark("no-such-milestone", MilestoneStatus.DONE, at("2026-04-16"))).isFalse();
    }

    @Test
    void shouldRejectARedrawNamingAMilestoneThePlanDoesNotHave() {
        PivotPlan plan = PivotPlan.fromTemplate("northbridge", "u-1", new TemplateRequest(START, null), at("2026-01-10"));

        assertThatThrownBy(() -> plan.replace(new PivotPlanRequest(START, 18,
                List.of(new MilestoneRequest("forged", "Mine now", LocalDate.parse("2026-03-01"), null))),
                at("2026-01-11")))
                .isInstanceOfSatisfying(BadRequestBodyException.class, e -> assertThat(e.errors())
                        .extracting(org.pathway.kit.web.FieldError::field).containsExactly("milestones[0].id"));
        assertThat(plan.milestones()).hasSize(9);
    }

    @Test
    void shouldRecordMilestoneDueConformingToItsSchemaKeyedByTheOwner() {
        PivotPlan plan = PivotPlan.fromTemplate("northbridge", "u-1", new TemplateRequest(START, null), at("2026-01-10"));
        plan.announceDue(at("2026-02-15"));

        OutboxEvent event = plan.pendingEvents().get(0);

        assertThat(event.type()).isEqualTo("org.pathway.portfolio.MilestoneDue.v1");
        assertThat(event.topic()).isEqualTo("portfolio.milestones");
        assertThat(event.subject()).isEqualTo("u-1");
        assertThat(event.tenant()).isEqualTo("northbridge");
        assertThat(event.time()).isEqualTo(Instant.parse("2026-02-15T00:00:00Z"));
        EventContracts.assertConforms("portfolio", "MilestoneDue", 1, JSON.writeValueAsString(event.payload()));
        assertThat(event.payload()).containsEntry("dueOn", "2026-02-15").containsEntry("userId", "u-1");
    }

    private static MilestoneRequest milestone(String title, String dueOn) {
        return new MilestoneRequest(null, title, LocalDate.parse(dueOn), null);
    }

    private static Clock at(String day) {
        return Clock.fixed(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}
