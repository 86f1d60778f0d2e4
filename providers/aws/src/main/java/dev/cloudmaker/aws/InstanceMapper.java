package dev.cloudmaker.aws;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * An EC2 instance as a {@link CloudServer}: its name is the {@code Name} tag, its region the provider's, its size the
 * instance type, its image the one the definition asked for ({@code cloudmaker-image}; null for instances made
 * elsewhere or from one of the account's own AMIs, a snapshot, as on other clouds). {@code pending} is new; {@code stopping} is busy on its way off; {@code shutting-down} and
 * {@code terminated} are gone (terminated instances stay listed for about an hour).
 */
final class InstanceMapper {
    private InstanceMapper() {
    }

    static CloudServer toServer(Instance i, String region) {
        Map<String, String> tags = Ec2Tags.map(i.tags());
        InstanceStateName state = i.state() == null ? InstanceStateName.UNKNOWN_TO_SDK_VERSION : i.state().name();
        ServerStatus status = status(state);
        boolean busy = state == InstanceStateName.STOPPING;
        return new CloudServer(i.instanceId(), tags.getOrDefault(Ec2Tags.NAME, i.instanceId()), region,
                i.instanceTypeAsString(), tags.get(Ec2Tags.IMAGE), status, busy, false, Ec2Tags.shown(tags),
                blankToNull(tags.get(Ec2Tags.NAMESPACE)), "true".equals(tags.get(Ec2Tags.POWERED_OFF)), networking(i),
                i.launchTime(), null);
    }

    static ServerStatus status(InstanceStateName state) {
        return switch (state) {
            case PENDING -> ServerStatus.NEW;
            case RUNNING, STOPPING -> ServerStatus.ACTIVE;
            case STOPPED -> ServerStatus.OFF;
            case SHUTTING_DOWN, TERMINATED -> ServerStatus.ARCHIVED;
            default -> ServerStatus.UNKNOWN;
        };
    }

    /** The public IPv4 exists only while the instance runs (and changes on every start); IPv6 stays. */
    private static Networking networking(Instance i) {
        String ipv6 = blankToNull(i.ipv6Address());
        if (ipv6 == null) {
            ipv6 = i.networkInterfaces().stream().flatMap(n -> n.ipv6Addresses().stream())
                    .map(a -> a.ipv6Address()).filter(a -> a != null && !a.isBlank()).findFirst().orElse(null);
        }
        Networking n = new Networking(blankToNull(i.publicIpAddress()), ipv6, blankToNull(i.privateIpAddress()));
        return n.isEmpty() ? Networking.NONE : n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
