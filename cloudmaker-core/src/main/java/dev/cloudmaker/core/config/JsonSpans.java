package dev.cloudmaker.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where every object and member of a JSON text is, by JSON pointer, so an edit can splice the
 * text and leave every other byte alone. The text must already have been checked by {@link JsonSourceReader}.
 */
final class JsonSpans {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String text;
    private final JsonParser parser;
    private final Map<String, ObjectSpan> objects = new HashMap<>();
    private int lastEnd;

    private JsonSpans(String text, JsonParser parser) {
        this.text = text;
        this.parser = parser;
    }

    static Map<String, ObjectSpan> objects(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonSpans spans = new JsonSpans(text, p);
            spans.walk(p.nextToken(), "");
            return Map.copyOf(spans.objects);
        } catch (IOException e) {
            throw new UncheckedIOException("JSON changed between checking and scanning", e);
        }
    }

    private void walk(JsonToken token, String pointer) throws IOException {
        int start = offset();
        switch (token) {
            case START_OBJECT -> {
                List<MemberSpan> members = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int keyStart = offset();
                    JsonToken value = parser.nextToken();
                    int valueStart = offset();
                    walk(value, pointer + "/" + SourceMap.escape(name));
                    members.add(new MemberSpan(name, keyStart, endOfString(keyStart), valueStart, lastEnd));
                }
                objects.putIfAbsent(pointer, new ObjectSpan(start, offset(), members));
                lastEnd = offset() + 1;
            }
            case START_ARRAY -> {
                int index = 0;
                JsonToken item;
                while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                    walk(item, pointer + "/" + index++);
                }
                lastEnd = offset() + 1;
            }
            case VALUE_STRING -> lastEnd = endOfString(start);
            default -> lastEnd = endOfLiteral(start);
        }
    }

    private int offset() {
        return (int) parser.currentTokenLocation().getCharOffset();
    }

    /** The offset just after the string literal whose opening quote is at {@code start}. */
    private int endOfString(int start) {
        int i = start + 1;
        while (text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    /** The offset just after a number, true, false or null starting at {@code start}. */
    private int endOfLiteral(int start) {
        int i = start;
        while (i < text.length() && "+-.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
