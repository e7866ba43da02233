package org.pathway.infra.local;

/** Real RS256 tokens from the shared test issuer for the people most tests act as. */
public final class Tokens {

    private Tokens() {
    }

    /** A faculty member of {@code institution}, with the name and e-mail a real login carries. */
    public static String faculty(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username(subject + "@" + institution + ".edu")
                .name("Faculty " + subject.substring(0, 8)).email(subject + "@" + institution + ".edu")
                .organization(institution).roles("faculty").sign();
    }

    public static String institutionAdmin(String subject, String institution) {
        return TestInfrastructure.jwtIssuer().token().subject(subject).username("admin@" + institution + ".edu")
                .organization(institution).roles("institution-admin").sign();
    }
}
