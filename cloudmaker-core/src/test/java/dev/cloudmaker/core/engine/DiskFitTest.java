package dev.cloudmaker.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.plan.PlanException;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.SizeInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiskFitTest {
    private static final Catalog CATALOG = new Catalog() {
        @Override
        public List<RegionInfo> regions() {
            return List.of();
        }

        @Override
        public List<SizeInfo> sizes() {
            return List.of(size("small", 25), size("medium", 80), size("large", 160), size("nodisk", 0));
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

    private static SizeInfo size(String slug, int disk) {
        return new SizeInfo(slug, 1024, 1, disk, 6, true, List.of("r1"), slug);
    }

    private static CloudServer server(int disk) {
        return new CloudServer("1", "web1", "r1", "medium", "debian", ServerStatus.ACTIVE, false, false, List.of(), "ns", false,
                new Networking(null, null, null), Instant.EPOCH, "p", disk);
    }

    @ParameterizedTest
    @CsvSource({"80, small, false", "80, medium, true", "80, large, true", "25, small, true", "160, medium, false",
            "0, small, true", "80, nodisk, true", "80, unknown, true"})
    void aDiskNeverShrinksAndAnUnknownDiskSetsNoLimit(int serverDisk, String toSize, boolean fits) {
        assertThat(DiskFit.problem(server(serverDisk), toSize, CATALOG).isEmpty()).isEqualTo(fits);
    }

    @org.junit.jupiter.api.Test
    void theRefusalNamesBothDisks() {
        assertThatThrownBy(() -> DiskFit.require(server(80), "small", CATALOG)).isInstanceOf(PlanException.class)
                .hasMessageContaining("web1 cannot be resized to small: its disk is 80 GB and small has a 25 GB disk (a disk cannot shrink)")
                .hasMessageContaining("at least 80 GB");
    }
}
