package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ActionRouter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Security groups: create (unique name per VPC), describe (by id, name or filter, paged), delete (not while an
 * instance uses it), and ingress/egress rules authorised or revoked in the {@code IpPermissions} form or the legacy
 * flat one; a rule already there is {@code InvalidPermission.Duplicate}, one not there {@code InvalidPermission.NotFound}.
 */
final class SecurityGroupHandler {

    void register(ActionRouter<Ec2Action> router) {
        router.add("CreateSecurityGroup", "CreateSecurityGroup", this::create);
        router.add("DescribeSecurityGroups", "DescribeSecurityGroups", this::describe);
        router.add("DeleteSecurityGroup", "DeleteSecurityGroup", this::delete);
        router.add("AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupIngress", r -> authorize(r, true));
        router.add("AuthorizeSecurityGroupEgress", "AuthorizeSecurityGroupEgress", r -> authorize(r, false));
        router.add("RevokeSecurityGroupIngress", "RevokeSecurityGroupIngress", r -> revoke(r, true));
        router.add("RevokeSecurityGroupEgress", "RevokeSecurityGroupEgress", r -> revoke(r, false));
    }

    private Xml create(Ec2Request r) {
        String name = r.params().required("GroupName");
        String description = r.params().required("GroupDescription");
        String vpcId = r.params().string("VpcId") == null ? r.region().defaultVpc().id() : r.params().string("VpcId");
        if (r.region().vpcs.stream().noneMatch(v -> v.id().equals(vpcId))) {
            throw Ec2Error.invalid("InvalidVpcID.NotFound", "The vpc ID '" + vpcId + "' does not exist");
        }
        if (r.region().groupByName(vpcId, name).isPresent()) {
            throw Ec2Error.invalid("InvalidGroup.Duplicate", "The security group '" + name + "' already exists for VPC '"
                    + vpcId + "'");
        }
        SecurityGroup g = new SecurityGroup(r.state().next("sg"), name, description, vpcId);
        r.region().groups.put(g.id, g);
        Map<String, String> tags = r.params().tagsFor("security-group");
        if (!tags.isEmpty()) {
            r.region().tags.put(g.id, new LinkedHashMap<>(tags));
        }
        Xml xml = r.reply().leaf("groupId", g.id);
        TagXml.write(xml, r.region().tagsOf(g.id));
        return xml;
    }

    private SecurityGroup group(Ec2Request r) {
        String id = r.params().string("GroupId");
        if (id != null) {
            SecurityGroup g = r.region().groups.get(id);
            if (g == null) {
                throw notFound(id);
            }
            return g;
        }
        String name = r.params().required("GroupName");
        return r.region().groupByName(r.region().defaultVpc().id(), name).orElseThrow(() -> notFound(name));
    }

    private static Ec2Error notFound(String idOrName) {
        return Ec2Error.invalid("InvalidGroup.NotFound", "The security group '" + idOrName + "' does not exist");
    }

    private Xml describe(Ec2Request r) {
        Ec2Region region = r.region();
        List<String> ids = r.params().list("GroupId");
        List<String> names = r.params().list("GroupName");
        for (String id : ids) {
            if (!region.groups.containsKey(id)) {
                throw notFound(id);
            }
        }
        for (String name : names) {
            region.groupByName(region.defaultVpc().id(), name).orElseThrow(() -> notFound(name));
        }
        List<Filter> filters = r.params().filters();
        List<SecurityGroup> shown = region.groups.values().stream()
                .filter(g -> ids.isEmpty() || ids.contains(g.id))
                .filter(g -> names.isEmpty() || names.contains(g.name))
                .filter(g -> Filter.all(filters, f -> values(g, f, region))).toList();
        Page<SecurityGroup> page = Page.of(shown, r.params(), 5, 1000);
        Xml xml = r.reply().open("securityGroupInfo");
        for (SecurityGroup g : page.items()) {
            xml.open("item").leaf("ownerId", Catalog.ACCOUNT_ID).leaf("groupId", g.id).leaf("groupName", g.name)
                    .leaf("groupDescription", g.description).leaf("vpcId", g.vpcId);
            permissions(xml, "ipPermissions", g.ingress);
            permissions(xml, "ipPermissionsEgress", g.egress);
            TagXml.write(xml, region.tagsOf(g.id));
            xml.close();
        }
        return xml.close().leaf("nextToken", page.nextToken());
    }

    private static Collection<String> values(SecurityGroup g, String filter, Ec2Region region) {
        Map<String, String> tags = region.tagsOf(g.id);
        if (filter.startsWith("tag:")) {
            String v = tags.get(filter.substring(4));
            return v == null ? List.of() : List.of(v);
        }
        return switch (filter) {
            case "group-name" -> List.of(g.name);
            case "group-id" -> List.of(g.id);
            case "vpc-id" -> List.of(g.vpcId);
            case "description" -> List.of(g.description);
            case "owner-id" -> List.of(Catalog.ACCOUNT_ID);
            case "tag-key" -> tags.keySet();
            default -> null;
        };
    }

    /** Rules grouped by protocol and ports, as EC2 lists them. */
    private static void permissions(Xml xml, String element, List<SecurityGroupRule> rules) {
        if (rules.isEmpty()) {
            xml.empty(element);
            return;
        }
        xml.open(element);
        List<SecurityGroupRule> done = new ArrayList<>();
        for (SecurityGroupRule rule : rules) {
            if (done.stream().anyMatch(rule::samePorts)) {
                continue;
            }
            List<SecurityGroupRule> same = rules.stream().filter(rule::samePorts).toList();
            done.add(rule);
            xml.open("item").leaf("ipProtocol", rule.protocol()).leaf("fromPort", rule.fromPort()).leaf("toPort", rule.toPort());
            list(xml, "groups", same.stream().filter(s -> s.groupId() != null).toList(),
                    s -> xml.leaf("groupId", s.groupId()).leaf("userId", Catalog.ACCOUNT_ID));
            list(xml, "ipRanges", same.stream().filter(s -> s.cidrIpv4() != null).toList(), s -> xml.leaf("cidrIp", s.cidrIpv4()));
            list(xml, "ipv6Ranges", same.stream().filter(s -> s.cidrIpv6() != null).toList(), s -> xml.leaf("cidrIpv6", s.cidrIpv6()));
            xml.empty("prefixListIds").close();
        }
        xml.close();
    }

    private static void list(Xml xml, String element, List<SecurityGroupRule> rules,
                             java.util.function.Consumer<SecurityGroupRule> item) {
        if (rules.isEmpty()) {
            xml.empty(element);
            return;
        }
        xml.open(element);
        rules.forEach(s -> {
            xml.open("item");
            item.accept(s);
            xml.close();
        });
        xml.close();
    }

    private Xml delete(Ec2Request r) {
        SecurityGroup g = group(r);
        if (g.name.equals("default")) {
            throw Ec2Error.invalid("CannotDelete", "the specified group: \"" + g.id + "\" name: \"default\" cannot be "
                    + "deleted by a user");
        }
        boolean inUse = r.region().instances.values().stream()
                .anyMatch(i -> i.state != InstanceState.TERMINATED && i.groupIds.contains(g.id));
        if (inUse) {
            throw Ec2Error.invalid("DependencyViolation", "resource " + g.id + " has a dependent object");
        }
        r.region().groups.remove(g.id);
        r.region().tags.remove(g.id);
        return r.ok();
    }

    private Xml authorize(Ec2Request r, boolean ingress) {
        SecurityGroup g = group(r);
        List<SecurityGroupRule> held = ingress ? g.ingress : g.egress;
        List<SecurityGroupRule> asked = SecurityGroupRules.of(r.params(), r.region());
        for (SecurityGroupRule rule : asked) {
            if (held.contains(rule)) {
                throw Ec2Error.invalid("InvalidPermission.Duplicate", "the specified rule \"peer: "
                        + SecurityGroupRules.peer(rule) + ", " + rule.protocol().toUpperCase(java.util.Locale.ROOT)
                        + ", from port: " + rule.fromPort() + ", to port: " + rule.toPort() + ", ALLOW\" already exists");
            }
        }
        held.addAll(asked);
        Xml xml = r.reply().leaf("return", "true").open("securityGroupRuleSet");
        for (SecurityGroupRule rule : asked) {
            xml.open("item").leaf("groupOwnerId", Catalog.ACCOUNT_ID).leaf("groupId", g.id)
                    .leaf("isEgress", !ingress).leaf("ipProtocol", rule.protocol()).leaf("fromPort", rule.fromPort())
                    .leaf("toPort", rule.toPort()).leaf("cidrIpv4", rule.cidrIpv4()).leaf("cidrIpv6", rule.cidrIpv6())
                    .close();
        }
        return xml.close();
    }

    private Xml revoke(Ec2Request r, boolean ingress) {
        SecurityGroup g = group(r);
        List<SecurityGroupRule> held = ingress ? g.ingress : g.egress;
        List<SecurityGroupRule> asked = SecurityGroupRules.of(r.params(), r.region());
        for (SecurityGroupRule rule : asked) {
            if (!held.contains(rule)) {
                throw Ec2Error.invalid("InvalidPermission.NotFound", "The specified rule does not exist in this "
                        + "security group.");
            }
        }
        held.removeAll(asked);
        return r.ok();
    }
}
