package org.pathway.mentoringmatch.scoring;

/** What a mentee asks for (DOMAIN.md, "Mentoring match"). */
public enum RequestKind {
    ADVICE_CONVERSATION("a 20-minute advice conversation"),
    LONG_TERM("a long-term mentorship"),
    PROMOTION_COACHING("promotion and dossier coaching"),
    SPONSORSHIP("sponsorship");

    private final String words;

    RequestKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
