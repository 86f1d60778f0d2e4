package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.state.Addresses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts things in the account as if made earlier, without a request: a running instance in the default subnet of the
 * emulator's region, a record value in a zone. Called under the state's lock.
 */
final class InstanceSeeder {
    private final AwsState state;

    InstanceSeeder(AwsState state) {
        this.state = state;
    }

    /**
     * A running instance of the newest catalogue image named {@code imageName*} (e.g. {@code debian-12}), in the given
     * security groups, or in its VPC's {@code default} group when none are given.
     */
    String seed(String instanceType, String imageName, Map<String, String> tags, List<String> groupIds) {
        InstanceType type = Catalog.instanceType(instanceType)
                .orElseThrow(() -> new IllegalArgumentException("no instance type " + instanceType));
        Image image = Catalog.IMAGES.stream().filter(i -> i.name().startsWith(imageName)
                        && i.architecture().equals(type.architecture()))
                .max((a, b) -> a.created().compareTo(b.created()))
                .orElseThrow(() -> new IllegalArgumentException("no " + type.architecture() + " image " + imageName));
        Ec2Region region = state.region(state.config.region());
        Subnet subnet = region.subnets.stream().filter(Subnet::defaultForAz).findFirst().orElseThrow();
        Instant now = state.now();
        Instance i = new Instance();
        i.id = state.next("i");
        i.reservationId = state.next("r");
        i.imageId = image.id();
        i.instanceType = instanceType;
        i.subnetId = subnet.id();
        i.vpcId = subnet.vpcId();
        i.availabilityZone = subnet.availabilityZone();
        long address = state.nextAddress();
        i.privateIp = InstanceLauncher.privateIp(subnet, address);
        i.publicIp = Addresses.publicIpv4(state.config.seed(), address);
        i.architecture = image.architecture();
        i.volumeId = state.next("vol");
        i.launchTime = now;
        i.state = InstanceState.RUNNING;
        for (String g : groupIds) {
            if (!region.groups.containsKey(g)) {
                throw new IllegalArgumentException("no security group " + g);
            }
        }
        i.groupIds.addAll(groupIds.isEmpty()
                ? List.of(region.groupByName(subnet.vpcId(), "default").orElseThrow().id) : groupIds);
        region.instances.put(i.id, i);
        if (!tags.isEmpty()) {
            region.tags.put(i.id, new LinkedHashMap<>(tags));
        }
        return i.id;
    }

    /**
     * The security group of that name in the default VPC, made if missing with TCP {@code ports} open to every IPv4
     * and IPv6 address (one rule per source, as AuthorizeSecurityGroupIngress keeps them) and the given tags.
     */
    String group(String name, String description, Map<String, String> tags, List<Integer> ports) {
        Ec2Region region = state.region(state.config.region());
        String vpcId = region.defaultVpc().id();
        return region.groupByName(vpcId, name).map(g -> g.id).orElseGet(() -> {
            SecurityGroup g = new SecurityGroup(state.next("sg"), name, description, vpcId);
            for (int port : ports) {
                g.ingress.add(new SecurityGroupRule("tcp", port, port, "0.0.0.0/0", null, null));
                g.ingress.add(new SecurityGroupRule("tcp", port, port, null, "::/0", null));
            }
            region.groups.put(g.id, g);
            if (!tags.isEmpty()) {
                region.tags.put(g.id, new LinkedHashMap<>(tags));
            }
            return g.id;
        });
    }

    void record(String zone, String type, String name, String value) {
        String zoneName = DnsNames.normalize(zone);
        HostedZone z = state.zones.values().stream().filter(h -> h.name.equals(zoneName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no zone " + zone));
        String fqdn = name.equals("@") ? zoneName : DnsNames.normalize(name + "." + zone);
        List<String> values = new ArrayList<>();
        for (RecordSet s : z.records) {
            if (s.name().equals(fqdn) && s.type().equals(type)) {
                values.addAll(s.values());
            }
        }
        z.records.removeIf(s -> s.name().equals(fqdn) && s.type().equals(type));
        values.add(value);
        z.records.add(new RecordSet(fqdn, type, 300, values));
    }
}
