package org.pathway.portfolio.profile;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pathway.kit.web.SelfChecked;
import org.pathway.kit.web.SelfChecking;

/** Formal education training: a certificate, a faculty-development series, a Master's (which one) or a fellowship. */
@SelfChecked
public record FormalTraining(
        @NotNull TrainingKind kind,
        MastersDegree degree,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 300) String institution,
        @NotNull LocalDate startedOn,
        LocalDate completedOn) implements SelfChecking {

    @Override
    public Map<String, String> inconsistencies() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == TrainingKind.MASTERS && degree == null) {
            problems.put("degree", "is required for a Master's (MHPE, MMEd or MEd)");
        } else if (kind != null && kind != TrainingKind.MASTERS && degree != null) {
            problems.put("degree", "is only allowed for kind MASTERS");
        }
        if (startedOn != null && completedOn != null && completedOn.isBefore(startedOn)) {
            problems.put("completedOn", "must not be before startedOn");
        }
        return problems;
    }
}
