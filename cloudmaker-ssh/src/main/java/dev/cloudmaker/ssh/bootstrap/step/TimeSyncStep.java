package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.platform.Platform;
import java.util.List;

/**
 * The clock is kept in sync: systemd-timesyncd on Debian and Arch (chrony where a Debian image already
 * has it, since the two exclude each other), chrony on the Red Hat family, ntpd on FreeBSD.
 */
public final class TimeSyncStep implements Step {
    private Boolean container;
    private Boolean chrony;

    @Override
    public String name() {
        return "time sync";
    }

    @Override
    public List<String> packages(RemoteHost host) {
        if (inContainer(host)) {
            return List.of();
        }
        return switch (host.distro().family()) {
            case DEBIAN -> hasChrony(host) ? List.of() : List.of("systemd-timesyncd");
            case REDHAT -> List.of("chrony");
            // systemd-timesyncd comes with Arch's systemd, ntpd with FreeBSD's base system.
            case ARCH, FREEBSD -> List.of();
        };
    }

    @Override
    public StepResult apply(RemoteHost host) {
        if (inContainer(host)) {
            return StepResult.skipped(name(), "a container keeps the host's clock");
        }
        String service = switch (host.distro().family()) {
            case DEBIAN -> hasChrony(host) ? "chrony" : "systemd-timesyncd";
            case REDHAT -> "chronyd";
            case ARCH -> "systemd-timesyncd";
            case FREEBSD -> "ntpd";
        };
        var services = Platform.of(host.distro()).services();
        if (services.running(host, service)) {
            return StepResult.ok(name(), service + " keeps the clock in sync");
        }
        services.start(host, service);
        return StepResult.changed(name(), "started " + service);
    }

    private boolean inContainer(RemoteHost host) {
        if (container == null) {
            container = host.distro().family() == Family.FREEBSD
                    ? host.sudo("sysctl -n security.jail.jailed").stdout().strip().equals("1")
                    : host.sudo("systemd-detect-virt --container").ok();
        }
        return container;
    }

    private boolean hasChrony(RemoteHost host) {
        if (chrony == null) {
            chrony = Platform.of(host.distro()).installed(host, List.of("chrony")).contains("chrony");
        }
        return chrony;
    }
}
