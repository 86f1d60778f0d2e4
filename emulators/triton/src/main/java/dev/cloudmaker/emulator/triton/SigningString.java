package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.http.WireRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the client signed, rebuilt from the request: {@code name: value} lines joined by newlines, where
 * {@code (request-target)} is the method in lower case and the raw path and query exactly as sent; the legacy form
 * signs the bare values.
 */
final class SigningString {
    private SigningString() {
    }

    /** @throws TritonError 400 {@code InvalidHeader} when a signed header is not in the request */
    static String of(SignatureHeader header, WireRequest request) {
        String target = request.rawQuery() == null ? request.path() : request.path() + "?" + request.rawQuery();
        List<String> lines = new ArrayList<>();
        for (String name : header.headers()) {
            String value = switch (name) {
                case "(request-target)" -> request.method().toLowerCase(Locale.ROOT) + " " + target;
                case "request-line" -> request.method() + " " + target + " HTTP/1.1";
                default -> {
                    String v = request.header(name);
                    if (v == null) {
                        throw TritonError.invalidHeader(name + " was not in the request");
                    }
                    yield v;
                }
            };
            lines.add(header.legacy() || name.equals("request-line") ? value : name + ": " + value);
        }
        return String.join("\n", lines);
    }
}
