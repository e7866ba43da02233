package org.pathway.promotionreview.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.dossier.PromotedDossiers.Promoted;

/**
 * The institution insight, computed from promoted dossiers only (pure, no I/O). Whether an education track is real
 * shows in who got promoted on it and what their dossiers held. De-identified by construction: only aggregates, and
 * never a figure computed from fewer than {@link #MINIMUM_DOSSIERS} dossiers: below that, even the count is withheld
 * (a count of 1 next to a department's news names the person).
 */
final class TrackReality {

    static final int MINIMUM_DOSSIERS = 5;

    private TrackReality() {
    }

    /**
     * @param promotions  null when fewer than the minimum ({@code belowMinimum} true); then every figure is null too
     * @param medianEvidenceByKind  the median number of items of each kind a promoted dossier held
     * @param protectedTimePercent  share of promoted dossiers with protected time recorded on a leadership role
     */
    record TrackReport(Track track, int years, boolean belowMinimum, Integer promotions,
            Map<EvidenceKind, Double> medianEvidenceByKind, Double medianPeerReviewed, Double medianFirstOrSenior,
            Double medianNational, Integer protectedTimePercent) {
    }

    /** A de-identified exemplar: what the typical promoted dossier held on one track and rank. Only lines with ≥ 5. */
    record Exemplar(Track track, Rank targetRank, int dossiers, Map<EvidenceKind, Double> medianEvidenceByKind,
            double medianPeerReviewed, double medianFirstOrSenior, double medianNational, int protectedTimePercent,
            double medianReadinessScore) {
    }

    /** One report per track, in track order, whether anyone was promoted on it or not. */
    static List<TrackReport> byTrack(List<Promoted> promoted, int years) {
        List<TrackReport> reports = new ArrayList<>();
        for (Track track : Track.values()) {
            List<Promoted> line = promoted.stream().filter(p -> p.track() == track).toList();
            if (line.size() < MINIMUM_DOSSIERS) {
                reports.add(new TrackReport(track, years, true, null, null, null, null, null, null));
                continue;
            }
            reports.add(new TrackReport(track, years, false, line.size(), medianByKind(line),
                    median(line, Promoted::peerReviewed), median(line, Promoted::firstOrSenior),
                    median(line, Promoted::national), protectedPercent(line)));
        }
        return reports;
    }

    static List<Exemplar> exemplars(List<Promoted> promoted) {
        List<Exemplar> exemplars = new ArrayList<>();
        for (Track track : Track.values()) {
            for (Rank rank : Rank.values()) {
                List<Promoted> line = promoted.stream().filter(p -> p.track() == track && p.targetRank() == rank)
                        .toList();
                if (line.size() >= MINIMUM_DOSSIERS) {
                    exemplars.add(new Exemplar(track, rank, line.size(), medianByKind(line),
                            median(line, Promoted::peerReviewed), median(line, Promoted::firstOrSenior),
                            median(line, Promoted::national), protectedPercent(line),
                            median(line, Promoted::readinessScore)));
                }
            }
        }
        exemplars.sort(Comparator.comparing(Exemplar::track).thenComparing(Exemplar::targetRank));
        return exemplars;
    }

    private static Map<EvidenceKind, Double> medianByKind(List<Promoted> line) {
        Map<EvidenceKind, Double> medians = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind kind : EvidenceKind.values()) {
            medians.put(kind, median(line, p -> p.evidenceByKind().getOrDefault(kind, 0)));
        }
        return medians;
    }

    private static int protectedPercent(List<Promoted> line) {
        long with = line.stream().filter(Promoted::protectedTimeRecorded).count();
        return (int) Math.round(100.0 * with / line.size());
    }

    static double median(List<Promoted> line, ToIntFunction<Promoted> value) {
        int[] values = line.stream().mapToInt(value).toArray();
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}
