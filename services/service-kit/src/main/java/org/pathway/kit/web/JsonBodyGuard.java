package org.pathway.kit.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every JSON request body once, before Jackson binds it: enforces the size limit on the bytes actually sent
 * (chunked bodies have no Content-Length), and refuses any object key starting with {@code $} at any depth, so no
 * operator can ride a map- or document-typed field into a MongoDB query or update. Malformed JSON is left for
 * Jackson to report.
 */
@ControllerAdvice
class JsonBodyGuard extends RequestBodyAdviceAdapter {

    private final JsonMapper jsonMapper;
    private final long maxBodySize;

    JsonBodyGuard(JsonMapper jsonMapper, long maxBodySize) {
        this.jsonMapper = jsonMapper;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public boolean supports(MethodParameter methodParameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = readLimited(inputMessage.getBody());
        MediaType contentType = inputMessage.getHeaders().getContentType();
        if (contentType != null && (contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
                || contentType.getSubtype().endsWith("+json"))) {
            rejectDollarKeys(body);
        }
        HttpHeaders headers = inputMessage.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBodySize) {
                throw new BodyTooLargeException(maxBodySize);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private void rejectDollarKeys(byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = jsonMapper.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME && parser.currentName().startsWith("$")) {
                    errors.add(new FieldError(pathOf(parser), "keys starting with '$' are not allowed"));
                }
            }
        } catch (StreamReadException malformed) {
            // Jackson reports malformed JSON with its location when it binds the body.
        }
        if (!errors.isEmpty()) {
            throw new BadRequestBodyException("The request body contains keys starting with '$'", errors);
        }
    }

    private static String pathOf(JsonParser parser) {
        // JsonPointer of the current property, rendered as a dotted path: /a/0/$b -> a[0].$b
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        StringBuilder dotted = new StringBuilder();
        for (String segment : pointer.substring(pointer.isEmpty() ? 0 : 1).split("/")) {
            String unescaped = segment.replace("~1", "/").replace("~0", "~");
            if (!unescaped.isEmpty() && unescaped.chars().allMatch(Character::isDigit) && dotted.length() > 0) {
                dotted.append('[').append(unescaped).append(']');
            } else {
                if (dotted.length() > 0) {
                    dotted.append('.');
                }
                dotted.append(unescaped);
            }
        }
        return dotted.toString();
    }
}
