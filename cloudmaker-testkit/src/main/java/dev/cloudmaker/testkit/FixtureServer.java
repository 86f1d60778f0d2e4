package dev.cloudmaker.testkit;

import java.util.List;

/** One server a {@link DefinitionFixture} declares. */
public record FixtureServer(String name, String region, String size, String image, List<String> names) {

    public static final String REGION = "nyc3";
    public static final String SIZE = "s-1vcpu-1gb";
    public static final String IMAGE = "debian-12-x64";

    public FixtureServer {
        names = List.copyOf(names);
    }

    /** A server with the seed format's slugs (nyc3, s-1vcpu-1gb, debian-12-x64: the seed names no other cloud). */
    public static FixtureServer of(String name, String... dnsNames) {
        return new FixtureServer(name, REGION, SIZE, IMAGE, List.of(dnsNames));
    }

    /** A server with a cloud's usual region, size and image. */
    public static FixtureServer of(ServerSlugs slugs, String name, String... dnsNames) {
        return new FixtureServer(name, slugs.region(), slugs.size(), slugs.image(), List.of(dnsNames));
    }

    public FixtureServer withSize(String otherSize) {
        return new FixtureServer(name, region, otherSize, image, names);
    }
}
