package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ApiResponse;

/** One Route 53 operation's behaviour: its answer, or a {@link Route53Error} thrown. */
@FunctionalInterface
interface Route53Endpoint {
    ApiResponse handle(Route53Request request);
}
