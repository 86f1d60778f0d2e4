package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ActionRouter;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * DescribeImages over the catalogue and the account's own images (owners {@code self}, {@code amazon} or account
 * ids, ids, filters), CreateImage (names unique per region; {@code pending} for the action's duration) and
 * DeregisterImage.
 */
final class ImageHandler {

    void register(ActionRouter<Ec2Action> router) {
        router.add("DescribeImages", "DescribeImages", this::describe);
        router.add("CreateImage", "CreateImage", this::create);
        router.add("DeregisterImage", "DeregisterImage", this::deregister);
    }

    static List<Image> all(Ec2Region region) {
        return Stream.concat(Catalog.IMAGES.stream(), region.images.values().stream()).toList();
    }

    static Image find(Ec2Region region, String id, Instant now) {
        if (!id.matches("ami-[0-9a-f]{8,17}")) {
            throw Ec2Error.invalid("InvalidAMIID.Malformed", "Invalid id: \"" + id + "\" (expecting \"ami-...\")");
        }
        return all(region).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(
                () -> Ec2Error.invalid("InvalidAMIID.NotFound", "The image id '[" + id + "]' does not exist"));
    }

    private Xml describe(Ec2Request r) {
        Ec2Region region = r.region();
        List<String> ids = r.params().list("ImageId");
        List<String> owners = r.params().list("Owner");
        ids.forEach(id -> find(region, id, r.now()));
        List<Filter> filters = r.params().filters();
        List<Image> shown = all(region).stream()
                .filter(i -> ids.isEmpty() || ids.contains(i.id()))
                .filter(i -> owners.isEmpty() || owners.stream().anyMatch(o -> owns(o, i)))
                .filter(i -> Filter.all(filters, f -> values(i, f, region, r.now()))).toList();
        Xml xml = r.reply().open("imagesSet");
        for (Image i : shown) {
            xml.open("item").leaf("imageId", i.id()).leaf("imageLocation", i.ownerId() + "/" + i.name())
                    .leaf("imageState", i.state(r.now())).leaf("imageOwnerId", i.ownerId())
                    .leaf("creationDate", Times.iso(i.created())).leaf("isPublic", i.isPublic())
                    .leaf("architecture", i.architecture()).leaf("imageType", "machine")
                    .leaf("imageOwnerAlias", i.ownerId().equals(Catalog.AMAZON_OWNER) ? "amazon" : null)
                    .leaf("name", i.name()).leaf("description", i.description()).leaf("rootDeviceType", "ebs")
                    .leaf("rootDeviceName", "/dev/xvda")
                    .open("blockDeviceMapping").open("item").leaf("deviceName", "/dev/xvda").open("ebs")
                    .leaf("snapshotId", "snap-" + i.id().substring(4)).leaf("volumeSize", 8)
                    .leaf("deleteOnTermination", "true").leaf("volumeType", "gp3").leaf("encrypted", "false")
                    .close().close().close()
                    .leaf("virtualizationType", "hvm").leaf("hypervisor", "xen").leaf("enaSupport", "true")
                    .leaf("bootMode", i.architecture().equals("arm64") ? "uefi" : null);
            TagXml.write(xml, region.tagsOf(i.id()));
            xml.close();
        }
        return xml.close();
    }

    private static boolean owns(String owner, Image i) {
        return switch (owner) {
            case "self" -> i.ownerId().equals(Catalog.ACCOUNT_ID);
            case "amazon" -> i.ownerId().equals(Catalog.AMAZON_OWNER);
            default -> owner.equals(i.ownerId());
        };
    }

    private static Collection<String> values(Image i, String filter, Ec2Region region, Instant now) {
        Map<String, String> tags = region.tagsOf(i.id());
        if (filter.startsWith("tag:")) {
            String v = tags.get(filter.substring(4));
            return v == null ? List.of() : List.of(v);
        }
        return switch (filter) {
            case "name" -> List.of(i.name());
            case "image-id" -> List.of(i.id());
            case "owner-id" -> List.of(i.ownerId());
            case "owner-alias" -> i.ownerId().equals(Catalog.AMAZON_OWNER) ? List.of("amazon") : List.of();
            case "architecture" -> List.of(i.architecture());
            case "state" -> List.of(i.state(now));
            case "root-device-type" -> List.of("ebs");
            case "virtualization-type" -> List.of("hvm");
            case "image-type" -> List.of("machine");
            case "is-public" -> List.of(String.valueOf(i.isPublic()));
            case "description" -> List.of(i.description() == null ? "" : i.description());
            case "tag-key" -> tags.keySet();
            default -> null;
        };
    }

    private Xml create(Ec2Request r) {
        Instance source = InstanceReader.named(r, List.of(r.params().required("InstanceId"))).getFirst();
        if (source.state == InstanceState.TERMINATED || source.state == InstanceState.SHUTTING_DOWN
                || source.state == InstanceState.PENDING) {
            throw InstanceActions.incorrect("The instance '" + source.id + "' is not in a state from which it can be imaged.");
        }
        String name = r.params().required("Name");
        if (!name.matches("[A-Za-z0-9()\\[\\] ./\\-'@_]{3,128}")) {
            throw Ec2Error.invalid("InvalidAMIName.Malformed", "AMI names must be between 3 and 128 characters long, "
                    + "and may contain letters, numbers, '(', ')', '.', '-', '/' and '_'");
        }
        if (r.region().images.values().stream().anyMatch(i -> i.name().equals(name))) {
            throw Ec2Error.invalid("InvalidAMIName.Duplicate", "AMI name " + name + " is already in use by AMI "
                    + r.region().images.values().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id());
        }
        Image image = new Image(r.state().next("ami"), name, Catalog.ACCOUNT_ID, r.params().string("Description"),
                source.architecture, r.now(), false, source.id, r.now().plus(r.state().config.actionDuration()));
        r.region().images.put(image.id(), image);
        Map<String, String> tags = new LinkedHashMap<>(r.params().tagsFor("image"));
        if (!tags.isEmpty()) {
            r.region().tags.put(image.id(), tags);
        }
        return r.reply().leaf("imageId", image.id());
    }

    private Xml deregister(Ec2Request r) {
        String id = r.params().required("ImageId");
        find(r.region(), id, r.now());
        if (r.region().images.remove(id) == null) {
            throw new Ec2Error(401, "AuthFailure", "Not authorized for image:" + id);
        }
        r.region().tags.remove(id);
        return r.ok();
    }
}
