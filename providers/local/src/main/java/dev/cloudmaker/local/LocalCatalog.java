package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region ("local", this host), sizes that are memory limits, the images this provider can build,
 * and the snapshots made from machines (found by id or name; no slug, as a cloud's private images).
 * Slugs of DigitalOcean get the nearest local one as advice, so switching a definition's provider to
 * local is a matter of following the messages.
 */
final class LocalCatalog implements Catalog {
    static final String REGION = "local";
    static final List<SizeInfo> SIZES = List.of(
            size("local-512mb", 512, 1), size("local-1gb", 1024, 1), size("local-2gb", 2048, 2), size("local-4gb", 4096, 2));
    private static final Map<String, String> IMAGE_NAMES = Map.of("debian-12", "Debian 12 (bookworm)", "debian-13", "Debian 13 (trixie)");
    /** Every image this provider builds, and so every snapshot of a machine, is Debian. */
    private static final String DISTRIBUTION = "Debian";

    private final ImageStore images;

    LocalCatalog(ImageStore images) {
        this.images = images;
    }

    @Override
    public List<RegionInfo> regions() {
        return List.of(new RegionInfo(REGION, "This host (systemd-nspawn)", true, List.of()));
    }

    @Override
    public List<SizeInfo> sizes() {
        return SIZES;
    }

    @Override
    public Optional<ImageInfo> image(String slugOrId) {
        return builtImages().stream().filter(i -> i.slug().equals(slugOrId)).findFirst()
                .or(() -> images.snapshots().find(slugOrId).map(LocalCatalog::imageOf));
    }

    @Override
    public List<ImageInfo> images() {
        List<ImageInfo> all = new ArrayList<>(builtImages());
        all.addAll(snapshots());
        return all;
    }

    List<ImageInfo> snapshots() {
        return images.snapshots().list().stream().map(LocalCatalog::imageOf).toList();
    }

    static ImageInfo imageOf(Snapshots.Snapshot s) {
        return new ImageInfo(s.id(), null, s.name(), DISTRIBUTION, "snapshot", List.of(REGION), CloudmakerTags.named(s.name()),
                s.sourceMachine(), null, s.createdAt() == null ? null : Instant.parse(s.createdAt()));
    }

    private List<ImageInfo> builtImages() {
        return images.names().stream()
                .map(n -> new ImageInfo(n, n, IMAGE_NAMES.getOrDefault(n, n), DISTRIBUTION,
                        images.built(n).isPresent() ? "cached" : "built on first use", List.of(REGION), null))
                .toList();
    }

    @Override
    public Optional<String> replacement(SlugKind kind, String slug) {
        return switch (kind) {
            case REGION -> Optional.of(REGION);
            case IMAGE -> slug.startsWith("debian-13") || slug.startsWith("debian-12")
                    ? Optional.of(slug.substring(0, "debian-1x".length()))
                    : slug.startsWith("debian") ? Optional.of("debian-12") : Optional.empty();
            case SIZE -> SIZES.stream().filter(s -> slug.contains(s.slug().substring("local-".length()))).map(SizeInfo::slug).findFirst()
                    .or(() -> Optional.of("local-1gb"));
        };
    }

    static SizeInfo requireSize(String slug) {
        return SIZES.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow(() -> new LocalHostException(
                "no local size \"" + slug + "\"; local machines offer " + SIZES.stream().map(SizeInfo::slug).toList()));
    }

    private static SizeInfo size(String slug, int memoryMb, int vcpus) {
        return new SizeInfo(slug, memoryMb, vcpus, 0, 0, true, List.of(REGION), memoryMb + " MB memory limit");
    }
}
