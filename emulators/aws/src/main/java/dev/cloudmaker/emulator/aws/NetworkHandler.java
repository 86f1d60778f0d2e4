package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ActionRouter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What a region offers: DescribeRegions, DescribeAvailabilityZones, DescribeInstanceTypes, DescribeVpcs, DescribeSubnets. */
final class NetworkHandler {

    void register(ActionRouter<Ec2Action> router) {
        router.add("DescribeRegions", "DescribeRegions", this::regions);
        router.add("DescribeAvailabilityZones", "DescribeAvailabilityZones", this::zones);
        router.add("DescribeInstanceTypes", "DescribeInstanceTypes", this::instanceTypes);
        router.add("DescribeVpcs", "DescribeVpcs", this::vpcs);
        router.add("DescribeSubnets", "DescribeSubnets", this::subnets);
    }

    private Xml regions(Ec2Request r) {
        List<String> names = r.params().list("RegionName");
        List<Filter> filters = r.params().filters();
        Xml xml = r.reply().open("regionInfo");
        for (String name : Catalog.REGIONS) {
            if ((names.isEmpty() || names.contains(name)) && Filter.all(filters, f -> switch (f) {
                case "region-name" -> List.of(name);
                case "endpoint" -> List.of("ec2." + name + ".amazonaws.com");
                case "opt-in-status" -> List.of("opt-in-not-required");
                default -> null;
            })) {
                xml.open("item").leaf("regionName", name).leaf("regionEndpoint", "ec2." + name + ".amazonaws.com")
                        .leaf("optInStatus", "opt-in-not-required").close();
            }
        }
        return xml.close();
    }

    private Xml zones(Ec2Request r) {
        List<String> names = r.params().list("ZoneName");
        List<Filter> filters = r.params().filters();
        Xml xml = r.reply().open("availabilityZoneInfo");
        int n = 1;
        for (String suffix : Catalog.ZONE_SUFFIXES) {
            String zone = r.region().name + suffix;
            String zoneId = r.region().name.replaceAll("[^a-z0-9]", "").substring(0, 3) + "1-az" + n++;
            if ((names.isEmpty() || names.contains(zone)) && Filter.all(filters, f -> switch (f) {
                case "zone-name" -> List.of(zone);
                case "zone-id" -> List.of(zoneId);
                case "region-name" -> List.of(r.region().name);
                case "state" -> List.of("available");
                case "zone-type" -> List.of("availability-zone");
                default -> null;
            })) {
                xml.open("item").leaf("zoneName", zone).leaf("zoneId", zoneId).leaf("zoneState", "available")
                        .leaf("regionName", r.region().name).leaf("zoneType", "availability-zone")
                        .leaf("optInStatus", "opt-in-not-required").leaf("groupName", r.region().name)
                        .leaf("networkBorderGroup", r.region().name).empty("messageSet").close();
            }
        }
        return xml.close();
    }

    private Xml instanceTypes(Ec2Request r) {
        List<String> names = r.params().list("InstanceType");
        for (String name : names) {
            Catalog.instanceType(name).orElseThrow(() -> Ec2Error.parameter(
                    "The following supplied instance types do not exist: [" + name + "]"));
        }
        List<Filter> filters = r.params().filters();
        List<InstanceType> shown = Catalog.INSTANCE_TYPES.stream()
                .filter(t -> names.isEmpty() || names.contains(t.name()))
                .filter(t -> Filter.all(filters, f -> switch (f) {
                    case "instance-type" -> List.of(t.name());
                    case "processor-info.supported-architecture" -> List.of(t.architecture());
                    case "vcpu-info.default-vcpus" -> List.of(String.valueOf(t.vcpus()));
                    case "memory-info.size-in-mib" -> List.of(String.valueOf(t.memoryMib()));
                    case "current-generation" -> List.of("true");
                    default -> null;
                })).toList();
        Page<InstanceType> page = Page.of(shown, r.params(), 5, 100);
        Xml xml = r.reply().open("instanceTypeSet");
        for (InstanceType t : page.items()) {
            xml.open("item").leaf("instanceType", t.name()).leaf("currentGeneration", "true")
                    .open("processorInfo").open("supportedArchitectures").leaf("item", t.architecture()).close().close()
                    .open("vCpuInfo").leaf("defaultVCpus", t.vcpus()).close()
                    .open("memoryInfo").leaf("sizeInMiB", t.memoryMib()).close()
                    .open("networkInfo").leaf("ipv6Supported", "true").close().close();
        }
        return xml.close().leaf("nextToken", page.nextToken());
    }

    private Xml vpcs(Ec2Request r) {
        Ec2Region region = r.region();
        List<String> ids = r.params().list("VpcId");
        List<Filter> filters = r.params().filters();
        List<Vpc> shown = region.vpcs.stream().filter(v -> ids.isEmpty() || ids.contains(v.id()))
                .filter(v -> Filter.all(filters, f -> tagged(f, region.tagsOf(v.id()), switch (f) {
                    case "vpc-id" -> List.of(v.id());
                    case "isDefault", "is-default" -> List.of(String.valueOf(v.isDefault()));
                    case "cidr", "cidr-block-association.cidr-block" -> List.of(v.cidr());
                    case "state" -> List.of("available");
                    case "owner-id" -> List.of(Catalog.ACCOUNT_ID);
                    default -> null;
                }))).toList();
        Page<Vpc> page = Page.of(shown, r.params(), 5, 1000);
        Xml xml = r.reply().open("vpcSet");
        for (Vpc v : page.items()) {
            xml.open("item").leaf("vpcId", v.id()).leaf("ownerId", Catalog.ACCOUNT_ID).leaf("state", "available")
                    .leaf("cidrBlock", v.cidr()).open("cidrBlockAssociationSet").open("item")
                    .leaf("cidrBlock", v.cidr()).leaf("associationId", "vpc-cidr-assoc-" + v.id().substring(4))
                    .open("cidrBlockState").leaf("state", "associated").close().close().close()
                    .empty("ipv6CidrBlockAssociationSet").leaf("dhcpOptionsId", "dopt-0" + v.id().substring(5))
                    .leaf("instanceTenancy", "default").leaf("isDefault", v.isDefault());
            TagXml.write(xml, region.tagsOf(v.id()));
            xml.close();
        }
        return xml.close().leaf("nextToken", page.nextToken());
    }

    private Xml subnets(Ec2Request r) {
        Ec2Region region = r.region();
        List<String> ids = r.params().list("SubnetId");
        for (String id : ids) {
            region.subnet(id).orElseThrow(() -> Ec2Error.invalid("InvalidSubnetID.NotFound",
                    "The subnet ID '" + id + "' does not exist"));
        }
        List<Filter> filters = r.params().filters();
        List<Subnet> shown = region.subnets.stream().filter(s -> ids.isEmpty() || ids.contains(s.id()))
                .filter(s -> Filter.all(filters, f -> tagged(f, region.tagsOf(s.id()), switch (f) {
                    case "subnet-id" -> List.of(s.id());
                    case "vpc-id" -> List.of(s.vpcId());
                    case "availability-zone", "availabilityZone" -> List.of(s.availabilityZone());
                    case "default-for-az", "defaultForAz" -> List.of(String.valueOf(s.defaultForAz()));
                    case "state" -> List.of("available");
                    case "cidr-block", "cidrBlock", "cidr" -> List.of(s.cidr());
                    case "owner-id" -> List.of(Catalog.ACCOUNT_ID);
                    default -> null;
                }))).toList();
        Page<Subnet> page = Page.of(shown, r.params(), 5, 1000);
        Xml xml = r.reply().open("subnetSet");
        for (Subnet s : page.items()) {
            xml.open("item").leaf("subnetId", s.id()).leaf("subnetArn", "arn:aws:ec2:" + region.name + ":"
                    + Catalog.ACCOUNT_ID + ":subnet/" + s.id()).leaf("state", "available").leaf("ownerId", Catalog.ACCOUNT_ID)
                    .leaf("vpcId", s.vpcId()).leaf("cidrBlock", s.cidr()).empty("ipv6CidrBlockAssociationSet")
                    .leaf("availableIpAddressCount", 4091).leaf("availabilityZone", s.availabilityZone())
                    .leaf("defaultForAz", s.defaultForAz()).leaf("mapPublicIpOnLaunch", "true")
                    .leaf("assignIpv6AddressOnCreation", "false");
            TagXml.write(xml, region.tagsOf(s.id()));
            xml.close();
        }
        return xml.close().leaf("nextToken", page.nextToken());
    }

    /** A resource's values for a filter, its tags' for {@code tag:} filters. */
    private static Collection<String> tagged(String filter, Map<String, String> tags, Collection<String> own) {
        if (filter.startsWith("tag:")) {
            String v = tags.get(filter.substring(4));
            return v == null ? List.of() : List.of(v);
        }
        if (filter.equals("tag-key")) {
            return tags.keySet();
        }
        return own;
    }
}
