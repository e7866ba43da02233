package org.pathway.mentoringmatch.mentor;

/** Published in-process when a mentor pauses, so their open proposals are declined (see the match lifecycle). */
public record MentorPaused(String mentorId, String tenant) {
}
