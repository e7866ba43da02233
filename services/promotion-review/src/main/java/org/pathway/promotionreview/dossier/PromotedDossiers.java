package org.pathway.promotionreview.dossier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What promoted dossiers held, for institution insight: counts read from each frozen snapshot, with no id, name, title
 * or author of anyone. The insight feature aggregates these; it never sees a dossier.
 */
@Component
public class PromotedDossiers {

    private final MongoTemplate mongo;

    PromotedDossiers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param evidenceByKind         frozen items per evidence kind (every kind present, 0 when none)
     * @param peerReviewed           peer-reviewed scholarship items
     * @param firstOrSenior          scholarship items authored first, senior or sole
     * @param national               items at a national or international venue or level
     * @param protectedTimeRecorded  whether a leadership role recorded protected time (protectedFte above 0)
     * @param readinessScore         the readiness score frozen at submission
     */
    public record Promoted(Track track, Rank targetRank, Instant decidedAt, Map<EvidenceKind, Integer> evidenceByKind,
            int peerReviewed, int firstOrSenior, int national, boolean protectedTimeRecorded, int readinessScore) {
    }

    /** The institution's dossiers decided PROMOTED at or after {@code since}. */
    public List<Promoted> of(String tenant, Instant since) {
        Query query = Query.query(where("tenant").is(tenant).and("status").is(DossierStatus.DECIDED)
                .and("decision.outcome").is(Outcome.PROMOTED).and("decision.decidedAt").gte(since));
        return mongo.find(query, Dossier.class).stream().filter(d -> d.snapshot() != null)
                .map(PromotedDossiers::promoted).toList();
    }

    static Promoted promoted(Dossier dossier) {
        Map<EvidenceKind, Integer> byKind = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind kind : EvidenceKind.values()) {
            byKind.put(kind, 0);
        }
        int peerReviewed = 0;
        int firstOrSenior = 0;
        int national = 0;
        boolean protectedTime = false;
        for (Snapshot.Item item : dossier.snapshot().evidence()) {
            Map<String, Object> d = item.details();
            try {
                byKind.merge(EvidenceKind.valueOf(item.kind()), 1, Integer::sum);
            } catch (IllegalArgumentException | NullPointerException unknownKind) {
                continue;
            }
            boolean scholarship = "SCHOLARSHIP".equals(item.kind());
            if (scholarship && Boolean.TRUE.equals(d.get("peerReviewed"))) {
                peerReviewed++;
            }
            if (scholarship && List.of("FIRST", "SENIOR", "SOLE").contains(d.get("authorship"))) {
                firstOrSenior++;
            }
            Object level = scholarship ? d.get("venueLevel") : d.get("level");
            if ("NATIONAL".equals(level) || "INTERNATIONAL".equals(level)) {
                national++;
            }
            if ("LEADERSHIP".equals(item.kind()) && d.get("protectedFte") instanceof Number fte
                    && fte.doubleValue() > 0) {
                protectedTime = true;
            }
        }
        return new Promoted(dossier.track(), dossier.targetRank(), dossier.decision().decidedAt(), byKind,
                peerReviewed, firstOrSenior, national, protectedTime, dossier.snapshot().readiness().score());
    }
}
