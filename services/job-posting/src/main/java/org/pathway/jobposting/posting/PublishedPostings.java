package org.pathway.jobposting.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The public job board: published postings of every institution (a job board is public by design to signed-in
 * users). Drafts never leave their institution, so no query here can reach one.
 */
@Component
public class PublishedPostings {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;
    private final ClinicalTimeNorms norms;

    PublishedPostings(MongoTemplate mongo, ClinicalTimeNorms norms) {
        this.mongo = mongo;
        this.norms = norms;
    }

    public PostingPage<PostingView> search(PostingFilter filter, int page, int size) {
        Query query = query(filter);
        long total = mongo.count(query, Posting.class);
        List<PostingView> items = mongo.find(query.with(NEWEST_FIRST).skip((long) page * size).limit(size), Posting.class)
                .stream().map(posting -> PostingView.of(posting, norms)).toList();
        return new PostingPage<>(items, page, size, total);
    }

    /** The newest {@code limit} matches, for ranking in memory. */
    public List<PostingView> newest(PostingFilter filter, int limit) {
        return mongo.find(query(filter).with(NEWEST_FIRST).limit(limit), Posting.class).stream()
                .map(posting -> PostingView.of(posting, norms)).toList();
    }

    /** A published or closed posting of any institution; a draft is not found. */
    public Optional<PostingView> visible(String id) {
        Query query = Query.query(Criteria.where("_id").is(id)
                .and("status").in(PostingStatus.PUBLISHED, PostingStatus.CLOSED));
        return Optional.ofNullable(mongo.findOne(query, Posting.class)).map(posting -> PostingView.of(posting, norms));
    }

    private static Query query(PostingFilter filter) {
        List<Criteria> all = new ArrayList<>(filter.criteria());
        all.add(0, Criteria.where("status").is(PostingStatus.PUBLISHED));
        return Query.query(new Criteria().andOperator(all));
    }
}
