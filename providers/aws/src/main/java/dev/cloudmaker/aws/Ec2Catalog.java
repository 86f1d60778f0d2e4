package dev.cloudmaker.aws;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;

/**
 * What the region offers, read live once per provider (a run): regions (DescribeRegions), instance types
 * (DescribeInstanceTypes, all pages; EC2's API carries no prices, so none are shown) and images; the plan's check asks
 * for them once per server, which must not cost a call each. An image is an AMI id, a distribution alias
 * ({@link ImageAlias}) resolved to the newest official AMI once per run, or the name of one of the account's AMIs.
 */
final class Ec2Catalog implements Catalog {
    private final Ec2Client ec2;
    private final String region;
    private final Map<String, Optional<ImageInfo>> aliases = new ConcurrentHashMap<>();
    /** Images found, kept for the run (the plan's check asks once per server); one not found is asked again. */
    private final Map<String, Optional<ImageInfo>> found = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ownAmis = new ConcurrentHashMap<>();
    private volatile List<RegionInfo> regions;
    private volatile List<SizeInfo> sizes;

    Ec2Catalog(Ec2Client ec2, String region) {
        this.ec2 = ec2;
        this.region = region;
    }

    @Override
    public List<RegionInfo> regions() {
        if (regions == null) {
            regions = readRegions();
        }
        return regions;
    }

    private List<RegionInfo> readRegions() {
        return AwsErrors.call("EC2 DescribeRegions", () -> ec2.describeRegions(r -> r.allRegions(false))).regions().stream()
                .map(r -> new RegionInfo(r.regionName(), r.regionName(), !"not-opted-in".equals(r.optInStatus()), List.of()))
                .toList();
    }

    @Override
    public List<SizeInfo> sizes() {
        if (sizes == null) {
            sizes = readSizes();
        }
        return sizes;
    }

    private List<SizeInfo> readSizes() {
        return AwsErrors.call("EC2 DescribeInstanceTypes", () -> ec2.describeInstanceTypesPaginator(r -> r.maxResults(100))
                .instanceTypes().stream().map(this::size).toList());
    }

    private SizeInfo size(InstanceTypeInfo t) {
        int vcpus = t.vCpuInfo() == null || t.vCpuInfo().defaultVCpus() == null ? 0 : t.vCpuInfo().defaultVCpus();
        long mib = t.memoryInfo() == null || t.memoryInfo().sizeInMiB() == null ? 0 : t.memoryInfo().sizeInMiB();
        return new SizeInfo(t.instanceTypeAsString(), (int) mib, vcpus, 0, 0.0, true, List.of(region),
                vcpus + " vCPU, " + mib / 1024.0 + " GiB (disk: EBS, priced apart)");
    }

    @Override
    public Optional<ImageInfo> image(String slugOrId) {
        Optional<ImageInfo> known = found.get(slugOrId);
        if (known != null) {
            return known;
        }
        Optional<ImageInfo> image = lookUp(slugOrId);
        image.ifPresent(i -> found.put(slugOrId, image));
        return image;
    }

    /** An AMI by id, an alias's newest AMI (its answer kept, found or not), or one of the account's AMIs by name. */
    private Optional<ImageInfo> lookUp(String slugOrId) {
        if (slugOrId.startsWith("ami-")) {
            return AwsErrors.orEmpty("EC2 DescribeImages", () -> ec2.describeImages(r -> r.imageIds(slugOrId)))
                    .flatMap(r -> r.images().stream().findFirst()).map(i -> info(i, null));
        }
        Optional<ImageAlias> alias = ImageAlias.of(slugOrId);
        if (alias.isPresent()) {
            return aliases.computeIfAbsent(slugOrId, s -> resolve(alias.get()));
        }
        return AwsErrors.call("EC2 DescribeImages", () -> ec2.describeImages(r -> r.owners("self")
                .filters(filter("name", slugOrId)))).images().stream().findFirst().map(i -> info(i, null));
    }

    /**
     * Whether {@code image} is an AMI id of the account's own (a snapshot, as {@code recreate --from} gives one by id);
     * names and aliases are not asked about.
     */
    boolean isOwnAmi(String image) {
        return image.startsWith("ami-") && ownAmis.computeIfAbsent(image, this::ownedBySelf);
    }

    private boolean ownedBySelf(String image) {
        return AwsErrors.orEmpty("EC2 DescribeImages", () -> ec2.describeImages(r -> r
                .owners("self").imageIds(image))).map(r -> !r.images().isEmpty()).orElse(false);
    }

    /** The alias's AMI id, or an error naming the alias and where to look. */
    String amiOf(String image) {
        if (image.startsWith("ami-")) {
            return image;
        }
        return image(image).map(ImageInfo::id).orElseThrow(() -> new CloudmakerException("there is no image \"" + image
                + "\" in region " + region + ": give an AMI id (ami-…), a distribution such as debian-12 or ubuntu-24.04, "
                + "or the name of one of your AMIs; `cloudmaker images` lists them"));
    }

    private Optional<ImageInfo> resolve(ImageAlias alias) {
        List<Image> found = AwsErrors.call("EC2 DescribeImages", () -> ec2.describeImages(r -> r.owners(alias.owner())
                .filters(filter("name", alias.namePattern()), filter("architecture", "x86_64"),
                        filter("root-device-type", "ebs"), filter("virtualization-type", "hvm"),
                        filter("state", "available")))).images();
        return ImageAlias.newest(found).map(i -> info(i, alias));
    }

    @Override
    public List<ImageInfo> images() {
        return ImageAlias.KNOWN.stream().map(this::image).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<String> replacement(SlugKind kind, String retiredSlug) {
        return Optional.empty();
    }

    private ImageInfo info(Image i, ImageAlias alias) {
        String distribution = alias != null ? alias.distribution() : Objects.requireNonNullElse(i.platformDetails(), "");
        return new ImageInfo(i.imageId(), alias == null ? null : alias.alias(), i.name(), distribution,
                alias == null ? "image" : "distribution", List.of(region), AwsNames.named(i.name()));
    }

    static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }
}
