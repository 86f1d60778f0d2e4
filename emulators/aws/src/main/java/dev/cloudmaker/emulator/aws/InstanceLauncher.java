package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ActionRouter;
import dev.cloudmaker.emulator.kit.state.Addresses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RunInstances: checks the image, type, key pair, subnet and groups, honours {@code ClientToken} (the same token
 * gives the same reservation back, with other parameters {@code IdempotentParameterMismatch}; tokens outlive their
 * instances) and applies {@code TagSpecification}s with the launch.
 */
final class InstanceLauncher {
    private static final int MAX_LAUNCH = 100;

    void register(ActionRouter<Ec2Action> router) {
        router.add("RunInstances", "RunInstances", this::run);
    }

    private Xml run(Ec2Request r) {
        Ec2Params p = r.params();
        Ec2Region region = r.region();
        String token = p.string("ClientToken");
        if (token != null && token.length() > 64) {
            throw Ec2Error.parameter("Value for parameter ClientToken is invalid: longer than 64 characters.");
        }
        String canonical = canonical(p);
        if (token != null && region.clientTokens.containsKey(token)) {
            ClientTokenUse use = region.clientTokens.get(token);
            if (!use.parameters().equals(canonical)) {
                throw Ec2Error.invalid("IdempotentParameterMismatch", "Arguments on this idempotent request are "
                        + "inconsistent with arguments used in previous request(s).");
            }
            return reservation(r, region.instances.values().stream()
                    .filter(i -> i.reservationId.equals(use.reservationId())).toList());
        }
        Launch launch = check(r);
        String reservationId = r.state().next("r");
        List<Instance> made = new ArrayList<>();
        for (int n = 0; n < launch.count(); n++) {
            made.add(instance(r, launch, reservationId, token, n));
        }
        if (token != null) {
            region.clientTokens.put(token, new ClientTokenUse(reservationId, canonical));
        }
        return reservation(r, made);
    }

    private record Launch(Image image, String type, String keyName, Subnet subnet, List<String> groupIds, int count,
                          boolean ipv6) {
    }

    private Launch check(Ec2Request r) {
        Ec2Params p = r.params();
        Ec2Region region = r.region();
        Integer min = p.integer("MinCount");
        Integer max = p.integer("MaxCount");
        if (min == null) {
            throw Ec2Error.missing("MinCount");
        }
        if (max == null) {
            throw Ec2Error.missing("MaxCount");
        }
        if (min < 1 || max < min) {
            throw Ec2Error.parameter("Invalid value for MinCount/MaxCount: MinCount must be 1 or more and at most MaxCount");
        }
        Image image = ImageHandler.find(region, p.required("ImageId"), r.now());
        String type = p.string("InstanceType") == null ? "m1.small" : p.string("InstanceType");
        InstanceType known = Catalog.instanceType(type).orElseThrow(() -> Ec2Error.parameter(
                "Invalid value '" + type + "' for InstanceType."));
        if (!known.architecture().equals(image.architecture())) {
            throw Ec2Error.parameter("The architecture '" + known.architecture() + "' of the specified instance type "
                    + "does not match the architecture '" + image.architecture() + "' of the specified AMI.");
        }
        String keyName = p.string("KeyName");
        if (keyName != null && !region.keyPairs.containsKey(keyName)) {
            throw Ec2Error.invalid("InvalidKeyPair.NotFound", "The key pair '" + keyName + "' does not exist");
        }
        List<Ec2Params> nics = p.structures("NetworkInterface");
        if (!nics.isEmpty() && p.string("SubnetId") != null) {
            throw Ec2Error.invalid("InvalidParameterCombination",
                    "Network interfaces and an instance-level subnet ID may not be specified on the same request");
        }
        Ec2Params nic = nics.isEmpty() ? new Ec2Params(Map.of()) : nics.getFirst();
        String subnetId = nics.isEmpty() ? p.string("SubnetId") : nic.string("SubnetId");
        Subnet subnet = subnetId == null ? defaultSubnet(region, p.string("Placement.AvailabilityZone"))
                : region.subnet(subnetId).orElseThrow(() -> Ec2Error.invalid("InvalidSubnetID.NotFound",
                        "The subnet ID '" + subnetId + "' does not exist"));
        List<String> groupIds = new ArrayList<>(nics.isEmpty() ? p.list("SecurityGroupId") : nic.list("SecurityGroupId"));
        for (String name : p.list("SecurityGroup")) {
            groupIds.add(region.groupByName(subnet.vpcId(), name).orElseThrow(() -> Ec2Error.invalid(
                    "InvalidGroup.NotFound", "The security group '" + name + "' does not exist in VPC '"
                            + subnet.vpcId() + "'")).id);
        }
        for (String id : groupIds) {
            SecurityGroup g = region.groups.get(id);
            if (g == null) {
                throw Ec2Error.invalid("InvalidGroup.NotFound", "The security group '" + id + "' does not exist");
            }
            if (!g.vpcId.equals(subnet.vpcId())) {
                throw Ec2Error.parameter("Security group " + id + " and subnet " + subnet.id() + " belong to different networks.");
            }
        }
        if (groupIds.isEmpty()) {
            groupIds.add(region.groupByName(subnet.vpcId(), "default").orElseThrow().id);
        }
        Integer v6 = nics.isEmpty() ? p.integer("Ipv6AddressCount") : nic.integer("Ipv6AddressCount");
        return new Launch(image, type, keyName, subnet, groupIds.stream().distinct().toList(),
                Math.min(max, MAX_LAUNCH), v6 != null && v6 > 0);
    }

    private static Subnet defaultSubnet(Ec2Region region, String zone) {
        return region.subnets.stream().filter(Subnet::defaultForAz)
                .filter(s -> zone == null || s.availabilityZone().equals(zone)).findFirst()
                .orElseThrow(() -> Ec2Error.parameter("Invalid availability zone: [" + zone + "]"));
    }

    private Instance instance(Ec2Request r, Launch launch, String reservationId, String token, int n) {
        AwsState state = r.state();
        Ec2Region region = r.region();
        Instance i = new Instance();
        i.id = state.next("i");
        i.reservationId = reservationId;
        i.imageId = launch.image().id();
        i.instanceType = launch.type();
        i.keyName = launch.keyName();
        i.subnetId = launch.subnet().id();
        i.vpcId = launch.subnet().vpcId();
        i.availabilityZone = launch.subnet().availabilityZone();
        long address = state.nextAddress();
        i.privateIp = privateIp(launch.subnet(), address);
        i.publicIp = Addresses.publicIpv4(state.config.seed(), address);
        i.ipv6 = launch.ipv6() ? Addresses.ipv6(state.config.seed(), address) : null;
        i.clientToken = token;
        i.userData = r.params().string("UserData");
        i.architecture = launch.image().architecture();
        i.volumeId = state.next("vol");
        i.launchIndex = n;
        i.disableApiTermination = r.params().bool("DisableApiTermination");
        i.ebsOptimized = r.params().bool("EbsOptimized");
        i.launchTime = r.now();
        i.groupIds.addAll(launch.groupIds());
        i.begin(InstanceState.PENDING, InstanceState.RUNNING, r.now().plus(state.config.timing().bootDelay()));
        if (r.staleFor().isPositive()) {
            i.hiddenUntil = r.now().plus(r.staleFor());
        }
        region.instances.put(i.id, i);
        Map<String, String> tags = r.params().tagsFor("instance");
        if (!tags.isEmpty()) {
            region.tags.put(i.id, new LinkedHashMap<>(tags));
        }
        Map<String, String> volumeTags = r.params().tagsFor("volume");
        if (!volumeTags.isEmpty()) {
            region.tags.put(i.volumeId, new LinkedHashMap<>(volumeTags));
        }
        return i;
    }

    static String privateIp(Subnet subnet, long n) {
        String[] cidr = subnet.cidr().split("[./]");
        int third = Integer.parseInt(cidr[2]) + (int) (n / 250 % 16);
        return cidr[0] + "." + cidr[1] + "." + third + "." + (n % 250 + 4);
    }

    private static Xml reservation(Ec2Request r, List<Instance> instances) {
        Xml xml = r.reply().leaf("reservationId", instances.getFirst().reservationId).leaf("ownerId", Catalog.ACCOUNT_ID)
                .empty("groupSet").open("instancesSet");
        instances.forEach(i -> InstanceXml.item(xml, i, r.region()));
        return xml.close();
    }

    /** The request's parameters but the token and the protocol's own, sorted: what a token's repeat must match. */
    private static String canonical(Ec2Params p) {
        TreeMap<String, String> sorted = new TreeMap<>(p.values());
        sorted.keySet().removeAll(List.of("ClientToken", "Action", "Version", "DryRun"));
        return sorted.toString();
    }
}
