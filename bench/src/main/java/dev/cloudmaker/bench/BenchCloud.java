package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.http.RecordedExchange;

/**
 * One cloud the emulator benchmarks can run on ({@code --cloud NAME}, see {@link BenchClouds}): its emulator
 * with its latency model and rate limits, its floor, and what a definition for it looks like.
 */
interface BenchCloud {

    /** The provider type, as cloud.json and the emulator's {@code EmulatorFactory} name it. */
    String type();

    FloorModel floor();

    /** Starts the emulator with the cloud's latency model and rate limits, seeded, on a free port. */
    BenchEmulator start(long seed, boolean recordExchanges);

    /**
     * Whether each benchmark server gets a DNS name (A + AAAA records in {@link BenchDefinition#ZONE}); a cloud
     * whose API has no DNS records (Triton) provisions the servers alone.
     */
    boolean dnsNames();

    /** The cloud.json fields every benchmark server has: region, size and image, as JSON members. */
    String serverFields();

    /** The cloud.json around the servers object: {@code %s} stands for it. */
    String cloudJson();

    /** security.json with the emulator's credentials and this public key line. */
    String securityJson(String publicKeyLine);

    /** The tags provision gives a server of the namespace. */
    String namespaceTag(String namespace);

    /** Whether this exchange served one page of a list. */
    boolean isListPage(RecordedExchange exchange);
}
