package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.ssh.bootstrap.RemoteFiles;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.platform.Platform;
import java.util.ArrayList;
import java.util.List;

/** Security updates install themselves where the distribution makes that safe. */
public final class AutoUpgradesStep implements Step {
    public static final String APT_CONF = "/etc/apt/apt.conf.d/20auto-upgrades";
    public static final String APT_SETTINGS = "APT::Periodic::Update-Package-Lists \"1\";\n"
            + "APT::Periodic::Unattended-Upgrade \"1\";\n";
    public static final String DNF_CONF = "/etc/dnf/automatic.conf";
    /** dnf-automatic fills in every setting missing here with its default. */
    public static final String DNF_SETTINGS = """
            # Managed by cloudmaker: download and install security updates only.
            [commands]
            upgrade_type = security
            download_updates = yes
            apply_updates = yes

            [emitters]
            emit_via = stdio
            """;
    static final String DNF_TIMER = "dnf-automatic.timer";

    @Override
    public String name() {
        return "automatic security updates";
    }

    @Override
    public List<String> packages(RemoteHost host) {
        return switch (host.distro().family()) {
            case DEBIAN -> List.of("unattended-upgrades");
            case REDHAT -> List.of("dnf-automatic");
            case ARCH, FREEBSD -> List.of();
        };
    }

    @Override
    public StepResult apply(RemoteHost host) {
        return switch (host.distro().family()) {
            // The stock 50unattended-upgrades already limits itself to the security archive.
            case DEBIAN -> StepResult.of(name(),
                    host.files().put(APT_CONF, RemoteFiles.utf8(APT_SETTINGS), "0644", "root") ? List.of("wrote " + APT_CONF) : List.of(),
                    "unattended-upgrades runs daily");
            case REDHAT -> dnfAutomatic(host);
            case ARCH -> StepResult.skipped(name(), "Arch Linux is a rolling release: upgrades may need manual"
                    + " intervention and partial upgrades are unsupported, so none is safe unattended");
            case FREEBSD -> StepResult.skipped(name(), "freebsd-update only fetches by itself, and installing base"
                    + " updates may need a reboot: schedule them deliberately");
        };
    }

    private StepResult dnfAutomatic(RemoteHost host) {
        List<String> changes = new ArrayList<>();
        if (host.files().put(DNF_CONF, RemoteFiles.utf8(DNF_SETTINGS), "0644", "root")) {
            changes.add("wrote " + DNF_CONF);
        }
        var services = Platform.of(host.distro()).services();
        if (!services.running(host, DNF_TIMER)) {
            services.start(host, DNF_TIMER);
            changes.add("enabled " + DNF_TIMER);
        }
        return StepResult.of(name(), changes, "dnf-automatic installs security updates daily");
    }
}
