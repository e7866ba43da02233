package org.pathway.jobposting.alert;

import java.time.Instant;

import org.pathway.jobposting.posting.PostingFilter;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A candidate's saved board search; every published posting is matched against it. Deleting only deactivates it
 * (with a new {@code modifiedAt}), so every replica's in-memory index learns of the deletion from the store.
 */
@Document("saved_searches")
class SavedSearch {

    @Id
    private String id;
    private String tenant;
    private String userId;
    private String name;
    private PostingFilter filter;
    private boolean active;
    private Instant createdAt;
    private Instant modifiedAt;
    @Version
    private Long version;

    private SavedSearch() {
    }

    static SavedSearch save(String id, String tenant, String userId, String name, PostingFilter filter, Instant now) {
        SavedSearch search = new SavedSearch();
        search.id = id;
        search.tenant = tenant;
        search.userId = userId;
        search.name = name;
        search.filter = filter;
        search.active = true;
        search.createdAt = now;
        search.modifiedAt = now;
        return search;
    }

    void deactivate(Instant now) {
        active = false;
        modifiedAt = now;
    }

    SavedSearchIndex.Entry entry() {
        return new SavedSearchIndex.Entry(id, tenant, userId, name, filter);
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    PostingFilter filter() {
        return filter;
    }

    boolean active() {
        return active;
    }

    Instant createdAt() {
        return createdAt;
    }
}
