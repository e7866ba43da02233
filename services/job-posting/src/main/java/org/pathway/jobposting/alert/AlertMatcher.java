package org.pathway.jobposting.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Matches a published posting against every saved search and alerts each matching candidate once. The searches
 * live in an in-memory {@link SavedSearchIndex}, brought up to date from the store before each match: everything on
 * the first call, then what changed since the last sync (with an overlap, so a write that became visible late is
 * not missed). Searches saved through any replica are therefore matched by every replica.
 */
@Component
public class AlertMatcher {

    private static final Logger log = LoggerFactory.getLogger(AlertMatcher.class);
    /** Re-read changes this far back on each sync; covers clock skew between replicas and late-visible writes. */
    static final Duration SYNC_OVERLAP = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final SavedSearchIndex index = new SavedSearchIndex();
    private Instant syncedUpTo;

    AlertMatcher(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** @return the alerts created now; candidates already alerted about this posting are not alerted again */
    public int onPublished(PublishedPosting posting) {
        sync();
        Map<String, List<Alert.MatchedSearch>> byCandidate = new LinkedHashMap<>();
        for (SavedSearchIndex.Entry match : index.matching(posting.facts())) {
            byCandidate.computeIfAbsent(match.tenant() + "\u0000" + match.userId(), k -> new ArrayList<>())
                    .add(new Alert.MatchedSearch(match.id(), match.name()));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int created = 0;
        for (Map.Entry<String, List<Alert.MatchedSearch>> candidate : byCandidate.entrySet()) {
            String[] key = candidate.getKey().split("\u0000", 2);
            try {
                mongo.insert(Alert.matched(key[0], key[1], candidate.getValue(), posting, now));
                created++;
            } catch (DuplicateKeyException alreadyAlerted) {
                log.debug("Candidate {}/{} already alerted about posting {}", key[0], key[1], posting.postingId());
            }
        }
        return created;
    }

    synchronized void sync() {
        Instant now = clock.instant();
        Query changed = syncedUpTo == null ? new Query()
                : Query.query(Criteria.where("modifiedAt").gte(syncedUpTo.minus(SYNC_OVERLAP)));
        for (SavedSearch search : mongo.find(changed, SavedSearch.class)) {
            if (search.active()) {
                index.put(search.entry());
            } else {
                index.remove(search.id());
            }
        }
        syncedUpTo = now;
    }

    /**
     * Lets the replica that saved or deleted a search match with it at once, before the next sync. Under the sync's
     * lock, so a sync that read the search before this change cannot re-apply the older copy after it.
     */
    synchronized void indexed(SavedSearch search) {
        if (search.active()) {
            index.put(search.entry());
        } else {
            index.remove(search.id());
        }
    }
}
