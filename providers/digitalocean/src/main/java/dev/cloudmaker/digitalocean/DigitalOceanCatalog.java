package dev.cloudmaker.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.ApiCalls;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Regions, sizes and images, read live once per run and kept for the rest of it. */
final class DigitalOceanCatalog implements Catalog {
    private final DigitalOceanApi api;
    private volatile List<RegionInfo> regions;
    private volatile List<SizeInfo> sizes;
    private volatile List<ImageInfo> distributionImages;
    private final Map<String, Optional<ImageInfo>> images = new ConcurrentHashMap<>();

    DigitalOceanCatalog(DigitalOceanApi api) {
        this.api = api;
    }

    @Override
    public List<RegionInfo> regions() {
        if (regions == null) {
            regions = api.list("/v2/regions", Map.of(), "regions").stream().map(DigitalOceanCatalog::region).toList();
        }
        return regions;
    }

    @Override
    public List<SizeInfo> sizes() {
        if (sizes == null) {
            sizes = api.list("/v2/sizes", Map.of(), "sizes").stream().map(DigitalOceanCatalog::size).toList();
        }
        return sizes;
    }

    /** One call per distinct image, instead of paging through every public image. */
    @Override
    public Optional<ImageInfo> image(String slugOrId) {
        return images.computeIfAbsent(slugOrId,
                key -> ApiCalls.orEmpty(() -> image(api.get("/v2/images/" + key).path("image"))));
    }

    @Override
    public List<ImageInfo> images() {
        if (distributionImages == null) {
            distributionImages = api.list("/v2/images", Map.of("type", "distribution"), "images").stream()
                    .map(DigitalOceanCatalog::image).toList();
        }
        return distributionImages;
    }

    /** Sizes and regions from a fixed table; images: the newest image of the same distribution offered now. */
    @Override
    public Optional<String> replacement(SlugKind kind, String retiredSlug) {
        if (kind != SlugKind.IMAGE) {
            return RetiredSlugs.replacement(kind, retiredSlug);
        }
        String family = retiredSlug.split("-")[0] + "-";
        return images().stream()
                .map(ImageInfo::slug)
                .filter(s -> s != null && s.startsWith(family))
                .max(Comparator.comparing(DigitalOceanCatalog::versionKey));
    }

    /** {@code debian-12-x64} → "0000000012": compares release numbers numerically. */
    private static String versionKey(String slug) {
        StringBuilder key = new StringBuilder();
        for (String part : slug.split("-")) {
            if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                key.append(String.format("%010d", Long.parseLong(part)));
            }
        }
        return key.toString();
    }

    private static RegionInfo region(JsonNode r) {
        return new RegionInfo(r.path("slug").asText(), r.path("name").asText(), r.path("available").asBoolean(true),
                strings(r.path("features")));
    }

    private static SizeInfo size(JsonNode s) {
        return new SizeInfo(s.path("slug").asText(), s.path("memory").asInt(), s.path("vcpus").asInt(),
                s.path("disk").asInt(), s.path("price_monthly").asDouble(), s.path("available").asBoolean(true),
                strings(s.path("regions")), s.path("description").asText(""));
    }

    private static ImageInfo image(JsonNode i) {
        return new ImageInfo(i.path("id").asText(), i.path("slug").isTextual() ? i.path("slug").asText() : null,
                i.path("name").asText(""), i.path("distribution").asText(""), i.path("type").asText(""),
                strings(i.path("regions")), null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
