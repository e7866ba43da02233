package org.pathway.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tally of one case of the security suite: how many routes it covered, how many attempts it made, how many the
 * platform refused as it must, and what got through. {@link #report} prints the line the suite's counts are compared
 * by over time, then fails on any miss.
 */
final class SecurityCase {

    private final String name;
    private final Set<String> routes = new LinkedHashSet<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> known = new ArrayList<>();
    private int tried;
    private int denied;

    private final Map<String, String> knownDefects;

    /**
     * @param knownDefects  misses already reported to the owning service, keyed {@code <case> <METHOD path>} or
     *                      {@code <case> <METHOD path> <variant>}: counted and printed apart, never a 5xx
     */
    SecurityCase(String name, Map<String, String> knownDefects) {
        this.name = name;
        this.knownDefects = knownDefects;
    }

    private void denied(ApiSurface.Operation operation) {
        routes.add(operation.toString());
        tried++;
        denied++;
    }

    private void failed(ApiSurface.Operation operation, String what) {
        routes.add(operation.toString());
        tried++;
        failures.add(operation + ": " + what);
    }

    /** Records {@code ok} as denied, anything else as failed (or as a known defect) with {@code what}. */
    void expect(ApiSurface.Operation operation, String variant, int status, boolean ok, String what) {
        String defect = knownDefects.getOrDefault(name + " " + operation + " " + variant,
                knownDefects.get(name + " " + operation));
        if (ok) {
            denied(operation);
        } else if (defect != null && status < 500) {
            knownDefect(operation, variant + ": " + what + " — " + defect);
        } else {
            failed(operation, variant + ": " + what);
        }
    }

    /**
     * An attempt that got through because of a defect already reported to the owning service: printed on every run
     * and counted apart, so the suite stays green for everyone else while the defect stays visible.
     */
    private void knownDefect(ApiSurface.Operation operation, String what) {
        routes.add(operation.toString());
        tried++;
        known.add(operation + ": " + what);
    }

    Set<String> routes() {
        return routes;
    }

    /** Prints every case's line (and what got through), then fails on the first case with a miss. */
    static void report(SecurityCase... cases) {
        for (SecurityCase tally : cases) {
            System.out.printf("SECURITY %s routes=%d tried=%d denied=%d failed=%d known-defects=%d%n", tally.name,
                    tally.routes.size(), tally.tried, tally.denied, tally.failures.size(), tally.known.size());
            tally.failures.forEach(failure -> System.out.println("SECURITY " + tally.name + " FAILED " + failure));
            tally.known.forEach(defect -> System.out.println("SECURITY " + tally.name + " KNOWN DEFECT " + defect));
        }
        for (SecurityCase tally : cases) {
            assertThat(tally.tried).as(tally.name + " tried nothing").isPositive();
            assertThat(tally.failures).as(tally.name).isEmpty();
        }
    }
}
