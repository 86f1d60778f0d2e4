package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.List;
import java.util.Optional;

/**
 * A provider with {@link ReaddressingServers} and DNS in memory; {@code stableAddresses} says whether it declares that a
 * server keeps its address across a stop and start (its servers change it either way, so a test sees whether
 * cloudmaker trusted the declaration).
 */
public record ReaddressingProvider(ReaddressingServers servers, MemoryDns zones, boolean stableAddresses) implements Provider {
    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(stableAddresses, true, false, true, false);
    }

    /** An empty catalogue: its servers report no disk, so a resize asks nothing of it. */
    @Override
    public Catalog catalog() {
        return new Catalog() {
            @Override
            public List<RegionInfo> regions() {
                return List.of();
            }

            @Override
            public List<SizeInfo> sizes() {
                return List.of();
            }

            @Override
            public Optional<ImageInfo> image(String slugOrId) {
                return Optional.empty();
            }

            @Override
            public List<ImageInfo> images() {
                return List.of();
            }

            @Override
            public Optional<String> replacement(SlugKind kind, String retiredSlug) {
                return Optional.empty();
            }
        };
    }

    @Override
    public Keys keys() {
        throw new UnsupportedOperationException("no keys");
    }

    @Override
    public Images images() {
        throw new UnsupportedOperationException("no images");
    }

    @Override
    public Optional<DnsProvider> dns() {
        return Optional.of(zones);
    }

    @Override
    public CallStats callStats() {
        return new CallStats();
    }

    @Override
    public void close() {
    }
}
