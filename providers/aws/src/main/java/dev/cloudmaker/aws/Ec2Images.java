package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * The account's own AMIs, made with CreateImage from a server ({@code cloudmaker/<ns>/<name>}, tagged with the server
 * it came from); an image is {@code pending} until it is {@code available}, and {@code failed} ends the wait at once.
 */
final class Ec2Images implements Images {
    static final String SOURCE = Ec2Tags.PREFIX + "source-server";

    private final Ec2Client ec2;
    private final String region;

    Ec2Images(Ec2Client ec2, String region) {
        this.ec2 = ec2;
        this.region = region;
    }

    @Override
    public ImageInfo snapshot(String serverId, Named name, Duration timeout) {
        String imageId = AwsErrors.call("EC2 CreateImage", () -> ec2.createImage(r -> r.instanceId(serverId)
                .name(AwsNames.name(name)).description("cloudmaker image of " + serverId)
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.IMAGE)
                        .tags(Ec2Tags.tag(SOURCE, serverId)).build()))).imageId();
        Image ready = Waiter.waitingFor("image " + AwsNames.name(name) + " (" + imageId + ") of " + serverId
                        + " to be available", timeout)
                .polling(Duration.ofMillis(200), Duration.ofSeconds(5))
                .until(() -> AwsErrors.orEmpty("EC2 DescribeImages", () -> ec2.describeImages(r -> r.imageIds(imageId)))
                                .flatMap(r -> r.images().stream().findFirst()).orElse(null),
                        i -> i != null && "available".equals(i.stateAsString()),
                        i -> i != null && "failed".equals(i.stateAsString())
                                ? Optional.of("EC2 says image " + imageId + " failed: " + reason(i)) : Optional.empty(),
                        i -> i == null ? "not listed yet" : i.stateAsString());
        return info(ready);
    }

    @Override
    public List<ImageInfo> list() {
        return AwsErrors.call("EC2 DescribeImages", () -> ec2.describeImages(r -> r.owners("self"))).images().stream()
                .map(this::info).toList();
    }

    @Override
    public void delete(String imageId) {
        AwsErrors.orEmpty("EC2 DeregisterImage", () -> ec2.deregisterImage(r -> r.imageId(imageId)));
    }

    private ImageInfo info(Image i) {
        Map<String, String> tags = Ec2Tags.map(i.tags());
        return new ImageInfo(i.imageId(), null, i.name(), "", "snapshot", List.of(region), AwsNames.named(i.name()),
                tags.get(SOURCE), null, created(i.creationDate()));
    }

    private static String reason(Image i) {
        return i.stateReason() == null ? "no reason given" : i.stateReason().message();
    }

    private static Instant created(String iso) {
        try {
            return iso == null ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
