package org.pathway.jobposting.posting;

import static org.springframework.http.HttpStatus.NOT_FOUND;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The job board every signed-in user reads: published postings of all institutions, searched by structured fields
 * ({@code ?roleType=&clinicalShareAtMost=&minimumPay=&noNightsWeekends=&mission=&location=&training=
 * &protectedHoursAtLeast=&page=&size=}).
 */
@RestController
@RequestMapping("/api/job-posting/postings")
class PostingBoardController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final PublishedPostings board;

    PostingBoardController(PublishedPostings board) {
        this.board = board;
    }

    @GetMapping
    PostingPage<PostingView> search(@Valid @ModelAttribute PostingFilter filter,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return board.search(filter, page, size);
    }

    @GetMapping("/{id}")
    PostingView get(@PathVariable String id) {
        return board.visible(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such posting"));
    }

    /**
     * The posting as schema.org JobPosting JSON-LD, for job boards and search engines. Only while published: a closed
     * posting is no longer offered, so it is not advertised either.
     */
    @GetMapping("/{id}/jsonld")
    ResponseEntity<Map<String, Object>> jsonLd(@PathVariable String id) {
        PostingView posting = board.visible(id).filter(found -> found.status() == PostingStatus.PUBLISHED)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "no such published posting"));
        return ResponseEntity.ok().contentType(JSON_LD).body(JobPostingJsonLd.of(posting));
    }
}
