package dev.cloudmaker.emulator.digitalocean;

import java.util.Map;

/**
 * Counters since start or the last reset.
 *
 * @param byEndpoint requests per {@code "METHOD endpoint"}, e.g. {@code "GET droplets"}
 */
public record EmulatorStats(long totalRequests, long mutatingRequests, long rateLimited, long faultsInjected,
                            Map<String, Integer> byEndpoint) {
}
