package org.pathway.portfolio.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.web.multipart.MultipartFile;

/** An uploaded text file's content, or a 400 naming the {@code file} part when it is empty or not UTF-8 text. */
final class Uploads {

    private Uploads() {
    }

    static String text(MultipartFile file) {
        if (file.isEmpty()) {
            throw ImportProblem.invalid("file", "is empty");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
            if (text.indexOf('\0') >= 0) {
                throw ImportProblem.invalid("file", "must be a text file, not binary content");
            }
            // Spreadsheet programs start UTF-8 exports with a byte-order mark.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException binary) {
            throw ImportProblem.invalid("file", "must be UTF-8 text");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
