package org.pathway.promotionreview.dossier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.pathway.kit.security.CurrentUser;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The committee members of each institution as promotion-review has seen them: no service publishes who holds the
 * committee role, so a member joins the roster with their first call to the dossier API (their token proves the role
 * and the institution) and their name is kept in step with the token. Chairs assign reviewers from it, and co-authorship
 * is detected on the name it holds.
 */
@Component
class CommitteeRoster {

    static final String ROLE = "committee";

    private final MongoTemplate mongo;
    private final Clock clock;

    CommitteeRoster(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Document("committee_members")
    record CommitteeMember(@Id String id, @Indexed String tenant, String userId, String name, Instant seenAt) {
    }

    /** Records a committee member of the caller's institution; does nothing for other callers. */
    void seen(CurrentUser user) {
        if (!user.hasRole(ROLE) || !user.hasTenant()) {
            return;
        }
        mongo.upsert(Query.query(where("_id").is(idOf(user.tenant(), user.userId()))),
                Update.update("tenant", user.tenant()).set("userId", user.userId()).set("name", nameOf(user))
                        .set("seenAt", clock.instant().truncatedTo(ChronoUnit.MILLIS)), CommitteeMember.class);
    }

    Optional<Dossier.Member> find(String tenant, String userId) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("_id").is(idOf(tenant, userId))
                .and("tenant").is(tenant)), CommitteeMember.class)).map(m -> new Dossier.Member(m.userId(), m.name()));
    }

    /** Every member of the institution's roster, by name. */
    List<Dossier.Member> members(String tenant) {
        Query query = Query.query(where("tenant").is(tenant)).with(Sort.by("name", "userId"));
        return mongo.find(query, CommitteeMember.class).stream().map(m -> new Dossier.Member(m.userId(), m.name()))
                .toList();
    }

    static Dossier.Member memberOf(CurrentUser user) {
        return new Dossier.Member(user.userId(), nameOf(user));
    }

    static String nameOf(CurrentUser user) {
        if (user.name() != null && !user.name().isBlank()) {
            return user.name();
        }
        return user.username() != null && !user.username().isBlank() ? user.username() : user.userId();
    }

    private static String idOf(String tenant, String userId) {
        return tenant + "/" + userId;
    }
}
