package org.pathway.kit.web;

import java.util.Map;

/**
 * A request value whose rules span several of its fields (dates in order, a mean within its scale). It names each
 * offending field itself, so the 400 problem points at {@code teaching.evaluation.mean} rather than at the whole object.
 */
public interface SelfChecking {

    /** Field name (relative to this value) to message; empty when consistent. Fields that are null are left to @NotNull. */
    Map<String, String> inconsistencies();
}
