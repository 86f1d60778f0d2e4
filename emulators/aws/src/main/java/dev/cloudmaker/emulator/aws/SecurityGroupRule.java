package dev.cloudmaker.emulator.aws;

/**
 * One source of one permission of a security group: a protocol ({@code tcp}, {@code udp}, {@code icmp}, {@code -1}),
 * a port range (null for all) and exactly one of an IPv4 range, an IPv6 range or a group.
 */
record SecurityGroupRule(String protocol, Integer fromPort, Integer toPort, String cidrIpv4, String cidrIpv6,
                         String groupId) {

    boolean samePorts(SecurityGroupRule o) {
        return protocol.equals(o.protocol) && java.util.Objects.equals(fromPort, o.fromPort)
                && java.util.Objects.equals(toPort, o.toPort);
    }
}
