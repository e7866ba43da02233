package org.pathway.mentoringmatch.match;

import java.util.List;

import org.pathway.mentoringmatch.scoring.AcademicRank;
import org.pathway.mentoringmatch.scoring.EducationRole;
import org.pathway.mentoringmatch.scoring.Factor;

/** One suggested mentor: the minimal profile, the score, and every factor's contribution in words. */
record SuggestionView(String mentorId, String name, String institution, boolean external, List<EducationRole> roles,
        AcademicRank rank, List<String> niches, int score, List<Factor> factors) {

    static SuggestionView of(MentoringRequest request, Candidates.Scored scored) {
        var mentor = scored.mentor();
        return new SuggestionView(mentor.id(), mentor.name(), mentor.tenant(), !mentor.tenant().equals(request.tenant()),
                mentor.roles(), mentor.rank(), mentor.niches(), scored.compatibility().score(),
                scored.compatibility().factors());
    }
}
