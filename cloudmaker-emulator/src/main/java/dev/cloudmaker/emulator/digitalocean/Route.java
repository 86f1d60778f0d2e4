package dev.cloudmaker.emulator.digitalocean;

import java.util.function.Function;

/** One API operation: method, path pattern ({@code {}} matches one segment), endpoint name for stats and faults. */
record Route(String method, String pattern, String endpoint, Function<ApiRequest, ApiResponse> handler) {
}
