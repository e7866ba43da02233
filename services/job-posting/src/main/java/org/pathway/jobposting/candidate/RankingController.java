package org.pathway.jobposting.candidate;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.pathway.jobposting.candidate.FitRanker.FitRank;
import org.pathway.jobposting.posting.PostingFilter;
import org.pathway.jobposting.posting.PostingPage;
import org.pathway.jobposting.posting.PostingView;
import org.pathway.jobposting.posting.PublishedPostings;
import org.pathway.kit.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board ranked for the calling faculty member against their profile targets (the candidates projection), with
 * the reasons for each rank. Accepts the board's filters; {@code minimumIncome} is optional because the portfolio
 * keeps it private. Ranks the newest {@value #RANKED} matching postings.
 */
@RestController
@RequestMapping("/api/job-posting/me/ranked-postings")
class RankingController {

    static final int RANKED = 2000;

    private final PublishedPostings board;
    private final CandidateProjection candidates;

    RankingController(PublishedPostings board, CandidateProjection candidates) {
        this.board = board;
        this.candidates = candidates;
    }

    @GetMapping
    RankedPage ranked(CurrentUser user, @Valid @ModelAttribute PostingFilter filter,
            @RequestParam(required = false) @Min(0) Long minimumIncome,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Candidate candidate = candidates.find(user.requireTenant(), user.userId()).orElse(null);
        List<RankedPosting> ranked = board.newest(filter, RANKED).stream()
                .map(posting -> new RankedPosting(FitRanker.rank(candidate, minimumIncome, posting), posting))
                .sorted(Comparator.comparingInt((RankedPosting r) -> r.fit().score()).reversed())
                .toList();
        int from = Math.min(page * size, ranked.size());
        List<RankedPosting> items = IntStream.range(from, Math.min(from + size, ranked.size()))
                .mapToObj(i -> ranked.get(i).at(i + 1)).toList();
        return new RankedPage(candidate != null, new PostingPage<>(items, page, size, ranked.size()));
    }

    /** @param profileKnown false until the candidate's ProfileUpdated reached this service: only pay is then weighed */
    record RankedPage(boolean profileKnown, PostingPage<RankedPosting> results) {
    }

    record RankedPosting(int rank, FitRank fit, PostingView posting) {

        RankedPosting(FitRank fit, PostingView posting) {
            this(0, fit, posting);
        }

        RankedPosting at(int position) {
            return new RankedPosting(position, fit, posting);
        }
    }
}
