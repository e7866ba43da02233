package org.pathway.jobposting.posting;

import static org.springframework.http.HttpStatus.CONFLICT;
import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.pathway.kit.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Institution admins write their own institution's postings (role checked by the kit's role rules before any body is
 * read). Every lookup names the caller's institution, so another institution's posting, draft or not, is a 404.
 */
@RestController
@RequestMapping("/api/job-posting/admin/postings")
class AdminPostingController {

    private final PostingRepository postings;
    private final ClinicalTimeNorms norms;
    private final Clock clock;

    AdminPostingController(PostingRepository postings, ClinicalTimeNorms norms, Clock clock) {
        this.postings = postings;
        this.norms = norms;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<PostingView> create(CurrentUser admin, @Valid @RequestBody PostingContent content) {
        Posting posting = postings.insert(Posting.draft(admin.requireTenant(), admin.userId(), content, clock));
        return ResponseEntity.created(URI.create("/api/job-posting/admin/postings/" + posting.id()))
                .body(PostingView.of(posting, norms));
    }

    @GetMapping
    List<PostingView> list(CurrentUser admin, @RequestParam(required = false) PostingStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageRequest request = PageRequest.of(page, size);
        List<Posting> found = status == null
                ? postings.findByTenantOrderByCreatedAtDesc(admin.requireTenant(), request)
                : postings.findByTenantAndStatusOrderByCreatedAtDesc(admin.requireTenant(), status, request);
        return found.stream().map(posting -> PostingView.of(posting, norms)).toList();
    }

    @GetMapping("/{id}")
    PostingView get(CurrentUser admin, @PathVariable String id) {
        return PostingView.of(own(admin, id), norms);
    }

    @PutMapping("/{id}")
    PostingView revise(CurrentUser admin, @PathVariable String id, @Valid @RequestBody PostingContent content) {
        return change(admin, id, posting -> posting.revise(content, clock));
    }

    @PostMapping("/{id}/publish")
    PostingView publish(CurrentUser admin, @PathVariable String id) {
        return change(admin, id, posting -> posting.publish(clock));
    }

    @PostMapping("/{id}/close")
    PostingView close(CurrentUser admin, @PathVariable String id) {
        return change(admin, id, posting -> posting.close(clock));
    }

    private PostingView change(CurrentUser admin, String id, Consumer<Posting> step) {
        Posting posting = own(admin, id);
        step.accept(posting);
        try {
            return PostingView.of(postings.save(posting), norms);
        } catch (OptimisticLockingFailureException e) {
            throw new ResponseStatusException(CONFLICT, "the posting was changed concurrently; reload and retry");
        }
    }

    private Posting own(CurrentUser admin, String id) {
        return postings.findByIdAndTenant(id, admin.requireTenant())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such posting"));
    }
}
