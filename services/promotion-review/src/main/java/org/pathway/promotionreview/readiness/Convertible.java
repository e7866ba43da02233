package org.pathway.promotionreview.readiness;

/** An activity that could be turned into scholarship, and how. */
public record Convertible(String evidenceId, String title, ConvertibleKind kind, String suggestion) {
}
