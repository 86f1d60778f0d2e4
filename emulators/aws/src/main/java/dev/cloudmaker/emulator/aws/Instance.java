package dev.cloudmaker.emulator.aws;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An EC2 instance as the emulator holds it, saved as is in the state file. A transition (boot, stop, terminate)
 * shows its interim state until {@link #transitionAt}, then {@link #advance} moves it on, so the answer to the call
 * that began it is truthful ({@code pending}, {@code stopping}, {@code shutting-down}) and a test drives the rest
 * with the clock. Its public address exists only while running and changes on every start.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Instance {
    String id;
    String reservationId;
    String imageId;
    String instanceType;
    String keyName;
    String subnetId;
    String vpcId;
    String availabilityZone;
    String privateIp;
    String publicIp;
    String ipv6;
    String clientToken;
    String userData;
    String architecture;
    String volumeId;
    int launchIndex;
    boolean disableApiTermination;
    boolean ebsOptimized;
    Instant launchTime;
    InstanceState state;
    InstanceState nextState;
    Instant transitionAt;
    /** Set when stopped or terminated by a call: {@code User initiated (…)}. */
    String reason;
    Instant terminatedAt;
    /** Hidden from reads until then (a {@code stale-after-create} fault); null when visible. */
    Instant hiddenUntil;
    List<String> groupIds = new ArrayList<>();

    /** Ends the transition when its time has come. */
    void advance(Instant now) {
        if (nextState != null && !now.isBefore(transitionAt)) {
            state = nextState;
            nextState = null;
            if (state == InstanceState.TERMINATED) {
                terminatedAt = transitionAt;
            }
        }
    }

    void begin(InstanceState during, InstanceState to, Instant at) {
        state = during;
        nextState = to;
        transitionAt = at;
    }

    boolean isHidden(Instant now) {
        return hiddenUntil != null && now.isBefore(hiddenUntil);
    }

    /** Terminated instances stay listed for about an hour, as EC2's do. */
    boolean isGone(Instant now) {
        return terminatedAt != null && now.isAfter(terminatedAt.plusSeconds(3600));
    }

    /** The public IPv4 address while running, else null. */
    String shownPublicIp() {
        return state == InstanceState.RUNNING ? publicIp : null;
    }
}
