package org.pathway.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SelfCheckedValidatorTests {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @SelfChecked
    record Scale(Integer min, Integer max, Double mean) implements SelfChecking {

        @Override
        public Map<String, String> inconsistencies() {
            Map<String, String> problems = new LinkedHashMap<>();
            if (min != null && max != null && min >= max) {
                problems.put("max", "must be greater than min");
            }
            if (mean != null && min != null && max != null && (mean < min || mean > max)) {
                problems.put("mean", "must lie within the scale ${min}..{max}");
            }
            return problems;
        }
    }

    record Evaluation(@Valid Scale scale) {
    }

    @Test
    void shouldReportEachInconsistencyOnTheFieldItNamesWithItsMessageVerbatim() {
        Set<ConstraintViolation<Evaluation>> violations = validator.validate(new Evaluation(new Scale(1, 5, 7.5)));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("scale.mean");
            assertThat(violation.getMessage()).as("not interpolated as a template")
                    .isEqualTo("must lie within the scale ${min}..{max}");
        });
    }

    @Test
    void shouldAcceptAConsistentValue() {
        assertThat(validator.validate(new Evaluation(new Scale(1, 5, 4.4)))).isEmpty();
    }
}
