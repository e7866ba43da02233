package org.pathway.kit.web;

import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Turns a value's own inconsistencies into field-level violations (property nodes), one per offending field. */
public class SelfCheckedValidator implements ConstraintValidator<SelfChecked, SelfChecking> {

    @Override
    public boolean isValid(SelfChecking value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Map<String, String> problems = value.inconsistencies();
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        problems.forEach((field, message) -> context.buildConstraintViolationWithTemplate(escape(message))
                .addPropertyNode(field).addConstraintViolation());
        return false;
    }

    /** Messages are plain text, never message templates: a user-supplied value must not be interpolated. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
