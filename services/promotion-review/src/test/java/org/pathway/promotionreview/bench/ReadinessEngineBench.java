package org.pathway.promotionreview.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.DefaultCriteria;
import org.pathway.promotionreview.readiness.CandidateEvidence;
import org.pathway.promotionreview.readiness.RandomEvidence;
import org.pathway.promotionreview.readiness.ReadinessAssessor;
import org.pathway.promotionreview.readiness.ReadinessEngine;
import org.pathway.promotionreview.readiness.ReadinessStatus;

/**
 * Recomputes readiness for a whole institution after a criteria change, as the workflow will: one compiled criteria
 * version, every candidate's evidence already in memory. Prints a BENCH line; it asserts nothing, goals live in
 * the issue. Run: {@code ./mvnw -B -pl services/promotion-review -Pbench verify -DskipTests}.
 * Arguments (optional): faculty count, evidence items per faculty.
 */
public final class ReadinessEngineBench {

    private ReadinessEngineBench() {
    }

    public static void main(String[] args) {
        int faculty = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perFaculty = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        RandomEvidence generator = new RandomEvidence(42);
        List<CandidateEvidence> candidates = new ArrayList<>(faculty);
        for (int i = 0; i < faculty; i++) {
            candidates.add(generator.candidate("faculty-" + i, perFaculty));
        }
        Criteria before = DefaultCriteria.educationToAssociate("inst-bench");
        // The change being published: one more education product required.
        Criteria after = before.revise(raiseProducts(before));

        recompute(ReadinessEngine.forCriteria(before), candidates); // warm-up on the old version
        // CPU time beside wall time: on a shared machine the wall clock also measures other processes' load.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int[] statuses = recompute(ReadinessEngine.forCriteria(after), candidates);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

        System.out.printf("BENCH readiness.recompute faculty=%d evidence_per_faculty=%d ms=%d cpu_ms=%d "
                        + "per_assessment_us=%.1f ready=%d borderline=%d not_ready=%d%n", faculty, perFaculty, millis,
                cpuMillis,
                millis * 1000.0 / faculty, statuses[ReadinessStatus.READY.ordinal()],
                statuses[ReadinessStatus.BORDERLINE.ordinal()], statuses[ReadinessStatus.NOT_READY.ordinal()]);
    }

    private static int[] recompute(ReadinessAssessor assessor, List<CandidateEvidence> candidates) {
        int[] statuses = new int[ReadinessStatus.values().length];
        for (CandidateEvidence candidate : candidates) {
            statuses[assessor.assess(candidate).status().ordinal()]++;
        }
        return statuses;
    }

    private static org.pathway.promotionreview.criteria.CriteriaDraft raiseProducts(Criteria criteria) {
        var draft = criteria.toDraft();
        var requirements = new ArrayList<>(draft.requirements());
        var products = requirements.get(0);
        requirements.set(0, new org.pathway.promotionreview.criteria.CriteriaDraft.RequirementDraft(products.id(),
                products.type(), products.labelOne(), products.labelMany(), products.importance(),
                products.atLeast() + 1, products.atLeastFirstOrSenior(), products.kinds(), products.scholarshipTypes(),
                products.peerReviewedOnly(), products.minimumVenue(), products.onNiche(), products.leadershipRoles()));
        return new org.pathway.promotionreview.criteria.CriteriaDraft(draft.institution(), draft.track(),
                draft.targetRank(), requirements, draft.weights(), draft.thresholds());
    }
}
