package dev.cloudmaker.emulator.kit.http;

import java.util.Map;

/**
 * Counters since start or the last reset.
 *
 * @param mutatingRequests requests whose operation changes state (whether or not they were refused)
 * @param rateLimited      answers refused for the rate: over the limit or an injected 429
 * @param byEndpoint       requests per {@code "METHOD operation"}, e.g. {@code "GET droplets"}
 */
public record EmulatorStats(long totalRequests, long mutatingRequests, long rateLimited, long faultsInjected,
                            Map<String, Integer> byEndpoint) {
}
