package dev.cloudmaker.emulator.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the rules of an authorise or revoke request, in the {@code IpPermissions.N} form or the legacy flat one. */
final class SecurityGroupRules {
    private SecurityGroupRules() {
    }

    static List<SecurityGroupRule> of(Ec2Params p, Ec2Region region) {
        List<SecurityGroupRule> rules = new ArrayList<>();
        List<Ec2Params> permissions = p.structures("IpPermissions");
        if (permissions.isEmpty() && p.string("IpProtocol") != null) {
            String proto = protocol(p.string("IpProtocol"));
            rules.add(new SecurityGroupRule(proto, port(proto, p.integer("FromPort")), port(proto, p.integer("ToPort")),
                    p.string("CidrIp") == null ? "0.0.0.0/0" : p.string("CidrIp"), null, null));
        }
        for (Ec2Params perm : permissions) {
            String proto = protocol(perm.required("IpProtocol"));
            Integer from = port(proto, perm.integer("FromPort"));
            Integer to = port(proto, perm.integer("ToPort"));
            int before = rules.size();
            perm.structures("IpRanges").forEach(x -> rules.add(new SecurityGroupRule(proto, from, to, x.required("CidrIp"), null, null)));
            perm.structures("Ipv6Ranges").forEach(x -> rules.add(new SecurityGroupRule(proto, from, to, null, x.required("CidrIpv6"), null)));
            for (Ec2Params pair : perm.structures("Groups")) {
                String id = pair.required("GroupId");
                if (!region.groups.containsKey(id)) {
                    throw Ec2Error.invalid("InvalidGroup.NotFound", "The security group '" + id + "' does not exist");
                }
                rules.add(new SecurityGroupRule(proto, from, to, null, null, id));
            }
            if (rules.size() == before) {
                throw Ec2Error.missing("IpRanges, Ipv6Ranges or Groups");
            }
        }
        if (rules.isEmpty()) {
            throw Ec2Error.missing("IpPermissions");
        }
        return rules;
    }

    /** Protocols by name as EC2 stores them; numbers for tcp, udp and icmp become their names. */
    private static String protocol(String given) {
        String p = given.toLowerCase(Locale.ROOT);
        return switch (p) {
            case "6" -> "tcp";
            case "17" -> "udp";
            case "1" -> "icmp";
            case "all" -> "-1";
            default -> p;
        };
    }

    /** All-protocol rules carry no ports. */
    private static Integer port(String protocol, Integer port) {
        return protocol.equals("-1") ? null : port;
    }

    static String peer(SecurityGroupRule rule) {
        return rule.cidrIpv4() != null ? rule.cidrIpv4() : rule.cidrIpv6() != null ? rule.cidrIpv6() : rule.groupId();
    }
}
