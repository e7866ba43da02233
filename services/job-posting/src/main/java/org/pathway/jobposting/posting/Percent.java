package org.pathway.jobposting.posting;

/** Percent figures as people write them: 40, 37.5. */
final class Percent {

    private Percent() {
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
