package org.pathway.infra.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The log file a child server process writes; its tail goes into start-up failures so they explain themselves. */
public final class ServerLog {

    private static final int TAIL_BYTES = 8 * 1024;

    private ServerLog() {
    }

    static long size(Path log) {
        try {
            return Files.isRegularFile(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    public static String tail(Path log) {
        return tail(log, 0);
    }

    /** The last lines written at or after {@code fromOffset} (the log's size when the current run began). */
    static String tail(Path log, long fromOffset) {
        if (!Files.isRegularFile(log)) {
            return "(no log at " + log + ")";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(Math.min(fromOffset, file.length()), file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (start > fromOffset) {
                int firstLineEnd = text.indexOf('\n');
                text = firstLineEnd >= 0 ? text.substring(firstLineEnd + 1) : text;
            }
            return "--- last lines of " + log + " ---\n" + text;
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }
}
