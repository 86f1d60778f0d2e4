package dev.cloudmaker.aws;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * One security group per namespace and role ({@code cloudmaker-<ns>-<role>}; {@code cloudmaker-<ns>} for servers
 * without a role), in the region's default VPC, opening SSH and the role's declared ports to everyone (IPv4 and
 * IPv6), as the host firewall does. Made once per run and reconciled: missing rules are added, rules nobody
 * declared any more are revoked. A group's id is remembered for the run, so parallel creates ask once.
 */
final class SecurityGroups {
    static final PortSpec SSH = new PortSpec(22, "tcp");

    private final Ec2Client ec2;
    private final Map<String, String> ids = new ConcurrentHashMap<>();

    SecurityGroups(Ec2Client ec2) {
        this.ec2 = ec2;
    }

    /** The group's id, made and reconciled on first use in this run. */
    String ensure(String namespace, String role, List<PortSpec> ports) {
        String name = name(namespace, role);
        return ids.computeIfAbsent(name, n -> {
            SecurityGroup group = find(n).orElseGet(() -> create(n, namespace, role));
            reconcile(group, rules(ports));
            return group.groupId();
        });
    }

    /** The namespace's groups: named {@code cloudmaker-<ns>} or {@code cloudmaker-<ns>-<role>} and tagged with it. */
    List<SecurityGroup> ofNamespace(String namespace) {
        String name = name(namespace, null);
        return AwsErrors.call("EC2 DescribeSecurityGroups", () -> ec2.describeSecurityGroupsPaginator(r -> r.filters(
                Filter.builder().name("tag:" + Ec2Tags.NAMESPACE).values(namespace).build())).securityGroups().stream()
                .filter(g -> g.groupName().equals(name) || g.groupName().startsWith(name + "-")).toList());
    }

    /**
     * Deletes the group, waiting (bounded) while EC2 refuses because an instance still uses it: a terminated
     * instance lets its groups go a little after it is listed as terminated. Gone already is fine.
     */
    void delete(SecurityGroup group, Duration timeout) {
        ids.remove(group.groupName());
        Waiter.waitingFor("security group " + group.groupName() + " to be no longer in use", timeout)
                .polling(Duration.ofMillis(200), Duration.ofSeconds(5))
                .until(() -> deleted(group.groupId()), done -> done, done -> "in use (DependencyViolation)");
    }

    private boolean deleted(String groupId) {
        try {
            AwsErrors.orEmpty("EC2 DeleteSecurityGroup", () -> ec2.deleteSecurityGroup(r -> r.groupId(groupId)));
            return true;
        } catch (ApiException e) {
            if (!"DependencyViolation".equals(e.errorId())) {
                throw e;
            }
            return false;
        }
    }

    static String name(String namespace, String role) {
        String ns = namespace == null ? "default" : namespace;
        return "cloudmaker-" + ns + (role == null || role.isBlank() ? "" : "-" + role);
    }

    /** SSH first, then each declared port once. */
    static Set<PortSpec> rules(List<PortSpec> ports) {
        Set<PortSpec> out = new LinkedHashSet<>();
        out.add(SSH);
        ports.forEach(p -> out.add(new PortSpec(p.port(), p.protocol() == null ? "tcp" : p.protocol().toLowerCase())));
        return out;
    }

    private java.util.Optional<SecurityGroup> find(String name) {
        return AwsErrors.call("EC2 DescribeSecurityGroups", () -> ec2.describeSecurityGroups(r -> r.filters(
                Filter.builder().name("group-name").values(name).build()))).securityGroups().stream().findFirst();
    }

    private SecurityGroup create(String name, String namespace, String role) {
        try {
            AwsErrors.call("EC2 CreateSecurityGroup", () -> ec2.createSecurityGroup(r -> r.groupName(name)
                    .description("cloudmaker: SSH and the ports of " + (role == null ? "servers without a role" : "role " + role)
                            + (namespace == null ? "" : " in namespace " + namespace))
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SECURITY_GROUP)
                            .tags(Ec2Tags.tag(Ec2Tags.NAMESPACE, namespace == null ? "" : namespace)).build())));
        } catch (ApiException e) {
            if (e.kind() != ApiException.Kind.CONFLICT) {
                throw e;
            }
            // another run made it first: use theirs
        }
        return find(name).orElseThrow(() -> new ApiException("security group " + name + " was created but is not listed",
                ApiException.Kind.NOT_FOUND, 400, "InvalidGroup.NotFound", null, false, null));
    }

    private void reconcile(SecurityGroup group, Set<PortSpec> wanted) {
        Set<PortSpec> have = new LinkedHashSet<>();
        List<IpPermission> stale = new ArrayList<>();
        for (IpPermission p : group.ipPermissions()) {
            PortSpec port = p.fromPort() != null && p.fromPort().equals(p.toPort()) ? new PortSpec(p.fromPort(), p.ipProtocol()) : null;
            if (port != null && wanted.contains(port) && open(p)) {
                have.add(port);
            } else {
                stale.add(p);
            }
        }
        List<IpPermission> missing = wanted.stream().filter(w -> !have.contains(w)).map(SecurityGroups::permission).toList();
        if (!missing.isEmpty()) {
            try {
                AwsErrors.call("EC2 AuthorizeSecurityGroupIngress", () -> ec2.authorizeSecurityGroupIngress(r -> r
                        .groupId(group.groupId()).ipPermissions(missing)));
            } catch (ApiException e) {
                if (!"InvalidPermission.Duplicate".equals(e.errorId())) {
                    throw e;
                }
            }
        }
        if (!stale.isEmpty()) {
            AwsErrors.call("EC2 RevokeSecurityGroupIngress", () -> ec2.revokeSecurityGroupIngress(r -> r
                    .groupId(group.groupId()).ipPermissions(stale)));
        }
    }

    private static boolean open(IpPermission p) {
        return p.ipRanges().stream().anyMatch(r -> "0.0.0.0/0".equals(r.cidrIp()))
                && p.ipv6Ranges().stream().anyMatch(r -> "::/0".equals(r.cidrIpv6()));
    }

    static IpPermission permission(PortSpec port) {
        return IpPermission.builder().ipProtocol(port.protocol()).fromPort(port.port()).toPort(port.port())
                .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").build())
                .ipv6Ranges(Ipv6Range.builder().cidrIpv6("::/0").build()).build();
    }
}
