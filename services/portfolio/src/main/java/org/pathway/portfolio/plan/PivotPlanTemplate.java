package org.pathway.portfolio.plan;

import java.time.LocalDate;
import java.util.List;

import org.pathway.portfolio.plan.PivotPlanRequest.MilestoneRequest;

/**
 * The typical pivot plan of DOMAIN.md ("Pivot plan"), dated from the owner's start: months 0–3 a first project, the
 * local education leader and documenting teaching; months 4–9 faculty development, a local presentation and the
 * training decision; months 10–18 applications, the med-ed CV and two mentors. Within a phase the steps are spread
 * out so that they do not all fall due on the same day.
 */
final class PivotPlanTemplate {

    static final int TEMPLATE_MONTHS = 18;

    private PivotPlanTemplate() {
    }

    static List<MilestoneRequest> typical(LocalDate startsOn) {
        return List.of(
                step(startsOn, 1, "Meet the local education leader"),
                step(startsOn, 2, "Start documenting teaching in the portfolio"),
                step(startsOn, 3, "Take on one small education project"),
                step(startsOn, 6, "Complete a faculty-development course"),
                step(startsOn, 8, "Present one education project locally"),
                step(startsOn, 9, "Decide on a Master's (MHPE/MMEd/MEd) or a fellowship"),
                step(startsOn, 12, "Rewrite the CV as a med-ed CV"),
                step(startsOn, 15, "Have at least two mentors"),
                step(startsOn, TEMPLATE_MONTHS, "Apply for training or for education-heavy roles"));
    }

    private static MilestoneRequest step(LocalDate startsOn, int month, String title) {
        return new MilestoneRequest(null, title, startsOn.plusMonths(month), MilestoneStatus.OPEN);
    }
}
