package org.pathway.mentoringmatch.scoring;

/** One factor's contribution to a compatibility score, with the reason in words. */
public record Factor(String name, int points, String reason) {
}
