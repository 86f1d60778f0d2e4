package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Settings collected by {@link OpenStackEmulatorBuilder}.
 *
 * @param timing         every answer's latency and every server's build time
 * @param actionDuration how long power actions, resizes, snapshots and deletes take
 * @param dnsDelay       how long Designate zones and record sets stay PENDING
 * @param tokenLifetime  how long a token is valid
 * @param instanceQuota  servers the project may hold (Nova answers 403 beyond it)
 * @param stateFile      may be null: the cloud then lives in memory
 */
record OpenStackConfig(int port, String user, String password, String project, String domain, String region,
                       List<ApplicationCredential> applicationCredentials, LatencyModel timing, Duration actionDuration,
                       Duration dnsDelay, Duration tokenLifetime, int instanceQuota, int rateLimitPerMinute,
                       List<FaultSpec> faults, long seed, Clock clock, Path stateFile, boolean recordExchanges) {
    OpenStackConfig {
        applicationCredentials = List.copyOf(applicationCredentials);
        faults = List.copyOf(faults);
    }

    /** Keystone's id for the domain named {@code Default}: {@code default}. */
    String domainId() {
        return domain.equals("Default") ? "default" : Ids.hex("domain:" + domain);
    }

    String userId() {
        return Ids.hex("user:" + user);
    }

    String projectId() {
        return Ids.hex("project:" + project);
    }

    @Override
    public String toString() {
        return "OpenStackConfig[port=" + port + ", user=" + user + ", project=" + project + ", region=" + region + "]";
    }
}
