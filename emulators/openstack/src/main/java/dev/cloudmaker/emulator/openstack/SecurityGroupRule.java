package dev.cloudmaker.emulator.openstack;

import java.time.Instant;
import java.util.Objects;

/** A Neutron security group rule; null fields are "any". */
record SecurityGroupRule(String id, String groupId, String direction, String ethertype, String protocol,
                         Integer portMin, Integer portMax, String remoteIpPrefix, String remoteGroupId,
                         String description, Instant created) {

    /** Whether it allows the same as {@code other}: Neutron refuses such a rule with 409 SecurityGroupRuleExists. */
    boolean sameAs(SecurityGroupRule other) {
        return groupId.equals(other.groupId) && direction.equals(other.direction) && ethertype.equals(other.ethertype)
                && Objects.equals(protocol, other.protocol) && Objects.equals(portMin, other.portMin)
                && Objects.equals(portMax, other.portMax) && Objects.equals(remoteIpPrefix, other.remoteIpPrefix)
                && Objects.equals(remoteGroupId, other.remoteGroupId);
    }
}
