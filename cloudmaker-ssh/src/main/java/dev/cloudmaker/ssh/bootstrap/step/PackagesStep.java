package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.platform.Platform;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Installs every package the bootstrap needs in one transaction: the hardening steps', the role's and
 * the configuration-management tool's. One metadata refresh and one install instead of one per step
 * is most of what makes a bootstrap fast, and keeps eight servers sharing an apt proxy from queueing.
 * First it repairs a package manager a previous run left half done.
 */
public final class PackagesStep implements Step {
    private final List<Step> contributors;
    private final List<String> extra;

    /** {@code contributors} are asked for their packages on the host; {@code extra} are added as given. */
    public PackagesStep(List<Step> contributors, List<String> extra) {
        this.contributors = List.copyOf(contributors);
        this.extra = List.copyOf(extra);
    }

    @Override
    public String name() {
        return "packages";
    }

    @Override
    public StepResult apply(RemoteHost host) {
        Platform platform = Platform.of(host.distro());
        Set<String> wanted = new LinkedHashSet<>();
        for (Step step : contributors) {
            wanted.addAll(step.packages(host));
        }
        wanted.addAll(extra);
        List<String> changes = new ArrayList<>();
        platform.repair(host).ifPresent(changes::add);
        if (wanted.isEmpty()) {
            return StepResult.of(name(), changes, "no packages wanted");
        }
        List<String> missing = new ArrayList<>(wanted);
        missing.removeAll(platform.installed(host, wanted));
        if (!missing.isEmpty()) {
            platform.install(host, missing);
            List<String> still = new ArrayList<>(missing);
            still.removeAll(platform.installed(host, missing));
            if (!still.isEmpty()) {
                throw new IllegalStateException("the install ended without error but left out " + String.join(" ", still));
            }
            changes.add("installed " + String.join(" ", missing));
        }
        return StepResult.of(name(), changes, "all " + wanted.size() + " packages installed");
    }
}
