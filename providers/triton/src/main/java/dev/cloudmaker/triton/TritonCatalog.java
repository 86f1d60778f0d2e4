package dev.cloudmaker.triton;

import dev.cloudmaker.core.config.DidYouMean;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Regions are the cloud's datacenters; sizes the packages of the datacenter the provider reaches (offered there
 * only; Triton gives no prices); images are {@code name@version}, or {@code name} for its newest by
 * {@code published_at}, as node-triton resolves them, or a UUID. Read live once per run.
 */
final class TritonCatalog implements Catalog {
    private final CloudApi api;
    private final TritonDatacenter datacenter;
    private volatile List<SizeInfo> sizes;
    private volatile List<ImageDto> images;
    private final Map<String, Optional<ImageInfo>> found = new ConcurrentHashMap<>();

    TritonCatalog(CloudApi api, TritonDatacenter datacenter) {
        this.api = api;
        this.datacenter = datacenter;
    }

    @Override
    public List<RegionInfo> regions() {
        return datacenter.all().stream().map(d -> new RegionInfo(d.name(), d.url(), true, List.of())).toList();
    }

    @Override
    public List<SizeInfo> sizes() {
        if (sizes == null) {
            String dc = datacenter.own();
            sizes = api.list("/packages", Map.of(), PackageDto.class).stream()
                    .map(p -> new SizeInfo(p.name(), p.memory(), p.vcpus(), p.disk() / 1024, null, true, List.of(dc),
                            p.description() == null ? "" : p.description()))
                    .toList();
        }
        return sizes;
    }

    /** The package CloudAPI marks {@code "default": true}, as py-smartdc's {@code default_package()} finds it. */
    @Override
    public Optional<SizeInfo> defaultSize() {
        return api.list("/packages", Map.of(), PackageDto.class).stream().filter(PackageDto::isDefault).findFirst()
                .flatMap(p -> sizes().stream().filter(s -> s.slug().equals(p.name())).findFirst());
    }

    @Override
    public Optional<ImageInfo> image(String slugOrId) {
        return found.computeIfAbsent(slugOrId, key -> find(key).map(TritonCatalog::info));
    }

    private Optional<ImageDto> find(String key) {
        if (MachineServers.isUuid(key)) {
            return ApiCalls.orEmpty(() -> api.get("/images/" + key, ImageDto.class));
        }
        int at = key.lastIndexOf('@');
        Map<String, String> query = at < 0 ? Map.of("name", key)
                : Map.of("name", key.substring(0, at), "version", key.substring(at + 1));
        String name = at < 0 ? key : key.substring(0, at);
        return api.list("/images", query, ImageDto.class).stream().filter(i -> name.equals(i.name()))
                .max(Comparator.comparing(i -> i.publishedAt() == null ? "" : i.publishedAt()));
    }

    @Override
    public List<ImageInfo> images() {
        return publicImages().stream().map(TritonCatalog::info).toList();
    }

    private List<ImageDto> publicImages() {
        if (images == null) {
            images = api.list("/images", Map.of(), ImageDto.class);
        }
        return images;
    }

    /** Triton retires nothing by name: an unknown package or image is a misspelling, see {@link #nearest}. */
    @Override
    public Optional<String> replacement(SlugKind kind, String retiredSlug) {
        return Optional.empty();
    }

    /**
     * A package: the one a typo away. An image: {@code name@version} whose version is not there → the newest version
     * of that name; an unknown name → the newest image of its family (the part before the first {@code -},
     * {@code debian-11} → {@code debian-12}), else the name a typo away.
     */
    @Override
    public Optional<String> nearest(SlugKind kind, String slug) {
        return switch (kind) {
            case SIZE -> DidYouMean.suggest(slug, sizes().stream().map(SizeInfo::slug).toList());
            case IMAGE -> nearestImage(slug);
            case REGION -> DidYouMean.suggest(slug, regions().stream().map(RegionInfo::slug).toList());
        };
    }

    private Optional<String> nearestImage(String slug) {
        int at = slug.lastIndexOf('@');
        String name = at < 0 ? slug : slug.substring(0, at);
        Comparator<ImageDto> newest = Comparator.comparing(i -> i.publishedAt() == null ? "" : i.publishedAt());
        Optional<ImageDto> sameName = publicImages().stream().filter(i -> name.equals(i.name())).max(newest);
        if (sameName.isPresent()) {
            return at < 0 ? Optional.empty() : sameName.map(ImageDto::slug);
        }
        String family = name.split("-")[0] + "-";
        Optional<String> sameFamily = publicImages().stream().filter(i -> i.name() != null && i.name().startsWith(family))
                .max(newest).map(ImageDto::name);
        return sameFamily.isPresent() ? sameFamily
                : DidYouMean.suggest(name, publicImages().stream().map(ImageDto::name).filter(n -> n != null).distinct().toList());
    }

    static ImageInfo info(ImageDto i) {
        return new ImageInfo(i.id(), i.slug(), i.name(), i.os() == null ? "" : i.os(), i.type() == null ? "" : i.type(),
                List.of(), null);
    }
}
