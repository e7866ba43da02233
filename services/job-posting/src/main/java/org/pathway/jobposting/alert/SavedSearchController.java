package org.pathway.jobposting.alert;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.pathway.jobposting.posting.PostingFilter;
import org.pathway.kit.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's saved searches and the alerts they produced; nobody else's are reachable. */
@RestController
@RequestMapping("/api/job-posting/me")
class SavedSearchController {

    static final int MAX_SEARCHES = 50;

    private final MongoTemplate mongo;
    private final AlertMatcher matcher;
    private final Clock clock;

    SavedSearchController(MongoTemplate mongo, AlertMatcher matcher, Clock clock) {
        this.mongo = mongo;
        this.matcher = matcher;
        this.clock = clock;
    }

    @PostMapping("/saved-searches")
    ResponseEntity<SavedSearchView> save(CurrentUser user, @Valid @RequestBody SavedSearchRequest request) {
        if (mongo.count(own(user).addCriteria(Criteria.where("active").is(true)), SavedSearch.class) >= MAX_SEARCHES) {
            throw new ResponseStatusException(CONFLICT,
                    "at most " + MAX_SEARCHES + " saved searches; delete one first");
        }
        SavedSearch search = mongo.insert(SavedSearch.save(UUID.randomUUID().toString(), user.requireTenant(),
                user.userId(), request.name(), request.filter(), now()));
        matcher.indexed(search);
        return ResponseEntity.created(URI.create("/api/job-posting/me/saved-searches/" + search.id()))
                .body(SavedSearchView.of(search));
    }

    @GetMapping("/saved-searches")
    List<SavedSearchView> list(CurrentUser user) {
        Query query = own(user).addCriteria(Criteria.where("active").is(true)).with(Sort.by("createdAt"));
        return mongo.find(query, SavedSearch.class).stream().map(SavedSearchView::of).toList();
    }

    @DeleteMapping("/saved-searches/{id}")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable String id) {
        SavedSearch search = mongo.findOne(own(user).addCriteria(Criteria.where("_id").is(id).and("active").is(true)),
                SavedSearch.class);
        if (search == null) {
            throw new ResponseStatusException(NOT_FOUND, "no such saved search");
        }
        search.deactivate(now());
        matcher.indexed(mongo.save(search));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/alerts")
    List<AlertView> alerts(CurrentUser user) {
        Query query = own(user).with(Sort.by(Sort.Direction.DESC, "matchedAt")).limit(200);
        return mongo.find(query, Alert.class).stream().map(AlertView::of).toList();
    }

    private static Query own(CurrentUser user) {
        return Query.query(Criteria.where("tenant").is(user.requireTenant()).and("userId").is(user.userId()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    record SavedSearchView(String id, String name, PostingFilter filter, Instant createdAt) {
        static SavedSearchView of(SavedSearch search) {
            return new SavedSearchView(search.id(), search.name(), search.filter(), search.createdAt());
        }
    }

    record AlertView(String postingId, String postingInstitution, String postingTitle, String roleType,
            List<Alert.MatchedSearch> savedSearches, Instant matchedAt) {
        static AlertView of(Alert alert) {
            return new AlertView(alert.postingId(), alert.postingInstitution(), alert.postingTitle(),
                    alert.roleType().name(), alert.savedSearches(), alert.matchedAt());
        }
    }
}
