package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.List;
import java.util.Optional;

/** Regions from Keystone's catalog (where Nova is offered), sizes from Nova's flavors, images from Glance. */
final class OpenStackCatalog implements Catalog {
    private final OpenStackClients clients;
    private final Flavors flavors;
    private final GlanceImages images;

    OpenStackCatalog(OpenStackClients clients, Flavors flavors, GlanceImages images) {
        this.clients = clients;
        this.flavors = flavors;
        this.images = images;
    }

    @Override
    public List<RegionInfo> regions() {
        String own = region();
        return clients.catalog().regions("compute").stream()
                .map(r -> new RegionInfo(r, r, own == null || own.equals(r), List.of("ipv6"))).toList();
    }

    /** The region this provider works in: the configured one, else the catalog's only one. */
    String region() {
        String configured = clients.config().region();
        if (configured != null) {
            return configured;
        }
        List<String> regions = clients.catalog().regions("compute");
        return regions.size() == 1 ? regions.getFirst() : null;
    }

    @Override
    public List<SizeInfo> sizes() {
        return flavors.sizes(region());
    }

    @Override
    public Optional<ImageInfo> image(String slugOrId) {
        return images.find(slugOrId).map(i -> GlanceImages.info(i, region()));
    }

    @Override
    public List<ImageInfo> images() {
        String region = region();
        return images.active().stream().filter(i -> !"snapshot".equals(i.path("image_type").asText()))
                .map(i -> GlanceImages.info(i, region)).toList();
    }

    @Override
    public Optional<String> replacement(SlugKind kind, String retiredSlug) {
        return Optional.empty();
    }
}
