package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ActionRouter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DescribeInstances (by id, with filters, paged; reservations kept whole) and DescribeInstanceStatus (status
 * {@code ok} as soon as an instance runs, so status waiters do not sit out real EC2's minutes of initializing).
 */
final class InstanceReader {

    void register(ActionRouter<Ec2Action> router) {
        router.add("DescribeInstances", "DescribeInstances", this::describe);
        router.add("DescribeInstanceStatus", "DescribeInstanceStatus", this::status);
    }

    /** The instances these ids name (all visible ones when none), or {@code InvalidInstanceID.NotFound}. */
    static List<Instance> named(Ec2Request r, List<String> ids) {
        Instant now = r.now();
        Collection<Instance> all = r.region().instances.values();
        if (ids.isEmpty()) {
            return all.stream().filter(i -> !i.isHidden(now) && !i.isGone(now)).toList();
        }
        List<Instance> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            if (!id.matches("i-[0-9a-f]{8,17}")) {
                throw Ec2Error.invalid("InvalidInstanceID.Malformed", "Invalid id: \"" + id + "\"");
            }
            Instance i = r.region().instances.get(id);
            if (i == null || i.isHidden(now) || i.isGone(now)) {
                missing.add(id);
            } else if (!found.contains(i)) {
                found.add(i);
            }
        }
        if (!missing.isEmpty()) {
            throw Ec2Error.invalid("InvalidInstanceID.NotFound", missing.size() == 1
                    ? "The instance ID '" + missing.getFirst() + "' does not exist"
                    : "The instance IDs '" + String.join(", ", missing) + "' do not exist");
        }
        return found;
    }

    private Xml describe(Ec2Request r) {
        List<String> ids = r.params().list("InstanceId");
        if (!ids.isEmpty() && r.params().string("MaxResults") != null) {
            throw Ec2Error.invalid("InvalidParameterCombination",
                    "The parameter instancesSet cannot be used with the parameter maxResults");
        }
        List<Filter> filters = r.params().filters();
        Map<String, List<Instance>> reservations = new LinkedHashMap<>();
        for (Instance i : named(r, ids)) {
            if (Filter.all(filters, name -> values(i, name, r.region()))) {
                reservations.computeIfAbsent(i.reservationId, k -> new ArrayList<>()).add(i);
            }
        }
        Page<List<Instance>> page = Page.of(List.copyOf(reservations.values()), r.params(), 5, 1000);
        Xml xml = r.reply();
        if (page.items().isEmpty()) {
            xml.empty("reservationSet");
        } else {
            xml.open("reservationSet");
            for (List<Instance> reservation : page.items()) {
                xml.open("item").leaf("reservationId", reservation.getFirst().reservationId)
                        .leaf("ownerId", Catalog.ACCOUNT_ID).empty("groupSet").open("instancesSet");
                reservation.forEach(i -> InstanceXml.item(xml, i, r.region()));
                xml.close().close();
            }
            xml.close();
        }
        return xml.leaf("nextToken", page.nextToken());
    }

    /** An instance's values for a DescribeInstances filter; null for a filter EC2 does not have. */
    static Collection<String> values(Instance i, String filter, Ec2Region region) {
        Map<String, String> tags = region.tagsOf(i.id);
        if (filter.startsWith("tag:")) {
            String v = tags.get(filter.substring(4));
            return v == null ? List.of() : List.of(v);
        }
        return switch (filter) {
            case "tag-key" -> tags.keySet();
            case "tag-value" -> tags.values();
            case "instance-state-name" -> List.of(i.state.wireName());
            case "instance-state-code" -> List.of(String.valueOf(i.state.code()));
            case "instance-id" -> List.of(i.id);
            case "reservation-id" -> List.of(i.reservationId);
            case "subnet-id", "network-interface.subnet-id" -> List.of(i.subnetId);
            case "vpc-id", "network-interface.vpc-id" -> List.of(i.vpcId);
            case "image-id" -> List.of(i.imageId);
            case "key-name" -> i.keyName == null ? List.of() : List.of(i.keyName);
            case "instance-type" -> List.of(i.instanceType);
            case "client-token" -> i.clientToken == null ? List.of() : List.of(i.clientToken);
            case "availability-zone" -> List.of(i.availabilityZone);
            case "architecture" -> List.of(i.architecture);
            case "network-interface.network-interface-id" -> List.of(InstanceXml.eni(i));
            case "private-ip-address", "network-interface.addresses.private-ip-address" -> List.of(i.privateIp);
            case "ip-address" -> listOf(i.shownPublicIp());
            case "dns-name" -> listOf(i.shownPublicIp() == null ? null : InstanceXml.publicDns(i.publicIp, region.name));
            case "private-dns-name" -> List.of(InstanceXml.privateDns(i.privateIp, region.name));
            case "instance.group-id", "group-id", "network-interface.group-id" -> i.groupIds;
            case "instance.group-name", "group-name", "network-interface.group-name" -> i.groupIds.stream()
                    .map(id -> region.groups.containsKey(id) ? region.groups.get(id).name : id).toList();
            case "owner-id" -> List.of(Catalog.ACCOUNT_ID);
            case "root-device-type" -> List.of("ebs");
            case "virtualization-type" -> List.of("hvm");
            default -> null;
        };
    }

    private static List<String> listOf(String v) {
        return v == null ? List.of() : List.of(v);
    }

    private Xml status(Ec2Request r) {
        boolean all = r.params().bool("IncludeAllInstances");
        List<Filter> filters = r.params().filters();
        List<Instance> shown = named(r, r.params().list("InstanceId")).stream()
                .filter(i -> all || i.state == InstanceState.RUNNING)
                .filter(i -> Filter.all(filters, name -> statusValues(i, name))).toList();
        Page<Instance> page = Page.of(shown, r.params(), 5, 1000);
        Xml xml = r.reply();
        if (page.items().isEmpty()) {
            xml.empty("instanceStatusSet");
        } else {
            xml.open("instanceStatusSet");
            for (Instance i : page.items()) {
                String status = i.state == InstanceState.RUNNING ? "ok" : "not-applicable";
                xml.open("item").leaf("instanceId", i.id).leaf("availabilityZone", i.availabilityZone);
                InstanceXml.state(xml, "instanceState", i.state);
                check(xml, "systemStatus", status);
                check(xml, "instanceStatus", status);
                xml.empty("eventsSet").close();
            }
            xml.close();
        }
        return xml.leaf("nextToken", page.nextToken());
    }

    private static Collection<String> statusValues(Instance i, String filter) {
        return switch (filter) {
            case "instance-state-name" -> List.of(i.state.wireName());
            case "instance-state-code" -> List.of(String.valueOf(i.state.code()));
            case "availability-zone" -> List.of(i.availabilityZone);
            case "instance-status.status", "system-status.status" ->
                    List.of(i.state == InstanceState.RUNNING ? "ok" : "not-applicable");
            default -> null;
        };
    }

    private static void check(Xml xml, String element, String status) {
        xml.open(element).leaf("status", status);
        if (status.equals("ok")) {
            xml.open("details").open("item").leaf("name", "reachability").leaf("status", "passed").close().close();
        } else {
            xml.empty("details");
        }
        xml.close();
    }
}
