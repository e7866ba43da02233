package org.pathway.promotionreview.criteria.versions;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.CriteriaDraft;
import org.pathway.promotionreview.criteria.DefaultCriteria;
import org.pathway.promotionreview.criteria.InvalidCriteriaException;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The versioned criteria of every institution. An institution that never published its own criteria for a line
 * (track × target rank) is judged by {@link DefaultCriteria} as version 1; its first publication freezes those defaults
 * as stored version 1 and adds version 2, so every version a report names can be read back later.
 */
@Component
public class CriteriaStore {

    /** The lines an admin can see without publishing anything: every target rank of every track. */
    static final List<Rank> TARGET_RANKS = List.of(Rank.ASSISTANT, Rank.ASSOCIATE, Rank.FULL);

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CriteriaStore(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /** The version that judges the line now: the latest stored one, else the defaults, else none (no report). */
    public Optional<Criteria> current(String tenant, Track track, Rank targetRank) {
        return currentVersion(tenant, track, targetRank).map(CriteriaVersion::criteria);
    }

    public Optional<CriteriaVersion> currentVersion(String tenant, Track track, Rank targetRank) {
        StoredCriteria latest = mongo.findOne(line(tenant, track, targetRank)
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), StoredCriteria.class);
        if (latest != null) {
            return Optional.of(view(latest));
        }
        return DefaultCriteria.of(tenant, track, targetRank).map(CriteriaVersion::defaults);
    }

    /** Newest first. A line still on its defaults lists them as version 1. */
    public List<CriteriaVersion> versions(String tenant, Track track, Rank targetRank) {
        List<StoredCriteria> stored = mongo.find(line(tenant, track, targetRank)
                .with(Sort.by(Sort.Direction.DESC, "version")), StoredCriteria.class);
        if (stored.isEmpty()) {
            return DefaultCriteria.of(tenant, track, targetRank).map(CriteriaVersion::defaults).stream().toList();
        }
        return stored.stream().map(CriteriaStore::view).toList();
    }

    public Optional<CriteriaVersion> version(String tenant, Track track, Rank targetRank, int version) {
        return versions(tenant, track, targetRank).stream().filter(v -> v.criteria().version() == version).findFirst();
    }

    /** The current version of every line that has one, in track then rank order. */
    public List<CriteriaVersion> lines(String tenant) {
        List<CriteriaVersion> lines = new ArrayList<>();
        for (Track track : Track.values()) {
            for (Rank rank : TARGET_RANKS) {
                currentVersion(tenant, track, rank).ifPresent(lines::add);
            }
        }
        return lines;
    }

    /**
     * What {@code draft} would become if published now (validated as the next version, nothing written): the preview
     * of a proposed version judges candidates exactly as the published one would.
     *
     * @throws InvalidCriteriaException naming every offending field
     */
    public Criteria proposed(String tenant, Track track, Rank targetRank, CriteriaDraft draft) {
        return current(tenant, track, targetRank).map(current -> current.revise(draft))
                .orElseGet(() -> Criteria.firstVersion(draft));
    }

    /**
     * Publishes {@code draft} as the line's next version and announces it, so every candidate is reassessed.
     *
     * @throws InvalidCriteriaException naming every offending field
     * @throws ConcurrentPublicationException when another admin published the same version first
     */
    public CriteriaVersion publish(String tenant, Track track, Rank targetRank, CriteriaDraft draft, String by) {
        Criteria next = proposed(tenant, track, targetRank, draft);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (next.version() == 2 && !exists(tenant, track, targetRank, 1)) {
            DefaultCriteria.of(tenant, track, targetRank).ifPresent(defaults -> {
                try {
                    mongo.insert(StoredCriteria.of(defaults, StoredCriteria.DEFAULT, now, null));
                } catch (DuplicateKeyException alreadyFrozen) {
                    // Another first publication froze the same defaults: same content, nothing to do.
                }
            });
        }
        StoredCriteria stored = StoredCriteria.of(next, StoredCriteria.ADMIN, now, by);
        try {
            mongo.insert(stored);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentPublicationException(next.version());
        }
        events.publishEvent(new CriteriaPublished(tenant, track, targetRank, next.version()));
        return view(stored);
    }

    /** Published versions whose candidates were not all reassessed yet (e.g. the service stopped half-way). */
    public List<CriteriaPublished> awaitingRecompute(Instant publishedBefore) {
        Query query = Query.query(where("recomputedAt").is(null).and("source").is(StoredCriteria.ADMIN)
                .and("publishedAt").lt(publishedBefore));
        return mongo.find(query, StoredCriteria.class).stream()
                .map(s -> new CriteriaPublished(s.tenant(), s.track(), s.targetRank(), s.version())).toList();
    }

    public void markRecomputed(CriteriaPublished published) {
        mongo.updateFirst(Query.query(where("_id").is(StoredCriteria.idOf(published.tenant(), published.track(),
                        published.targetRank(), published.version()))),
                Update.update("recomputedAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)), StoredCriteria.class);
    }

    private boolean exists(String tenant, Track track, Rank targetRank, int version) {
        return mongo.exists(Query.query(where("_id").is(StoredCriteria.idOf(tenant, track, targetRank, version))),
                StoredCriteria.class);
    }

    private static Query line(String tenant, Track track, Rank targetRank) {
        return Query.query(where("tenant").is(tenant).and("track").is(track).and("targetRank").is(targetRank));
    }

    private static CriteriaVersion view(StoredCriteria stored) {
        return new CriteriaVersion(stored.criteria(), stored.source(), stored.publishedAt(), stored.publishedBy());
    }

    /** Two admins published the same next version; the later one must reload and decide again. */
    public static class ConcurrentPublicationException extends RuntimeException {
        ConcurrentPublicationException(int version) {
            super("version " + version + " was published by someone else first; reload the criteria and try again");
        }
    }
}
