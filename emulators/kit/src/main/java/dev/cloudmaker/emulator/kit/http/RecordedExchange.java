package dev.cloudmaker.emulator.kit.http;

import java.util.List;
import java.util.Map;

/** One request and the response the emulator sent, kept for contract tests. */
public record RecordedExchange(String method, String path, String rawQuery,
                               Map<String, List<String>> requestHeaders, String requestBody,
                               int status, Map<String, List<String>> responseHeaders, String responseBody) {
}
