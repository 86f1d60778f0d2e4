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
 * The admin user exists and may sudo without a password. cloud-init normally made it and logs us in
 * as it; when we came in as someone else (root on some images), the admin is created and given this
 * session's keys, since the sshd step is about to shut root out.
 */
public final class AdminUserStep implements Step {
    private final String admin;

    public AdminUserStep(String admin) {
        this.admin = Accounts.checkName(admin);
    }

    @Override
    public String name() {
        return "admin user";
    }

    @Override
    public List<String> packages(RemoteHost host) {
        return List.of("sudo");
    }

    @Override
    public StepResult apply(RemoteHost host) {
        Platform platform = Platform.of(host.distro());
        List<String> changes = new ArrayList<>();
        if (!Accounts.exists(host, admin)) {
            host.sudoOk(platform.addUserCommand(admin));
            changes.add("created " + admin);
        }
        if (!admin.equals(host.user()) && giveLoginKeys(host)) {
            changes.add("gave " + admin + " the SSH keys of " + host.user());
        }
        if (Accounts.putSudo(host, platform, admin, true)) {
            changes.add(admin + " may sudo without a password");
        }
        return StepResult.of(name(), changes, admin + " exists and may sudo");
    }

    /** Adds the login user's keys the admin lacks; checked on every run, so a cut-off run still ends with them. */
    private boolean giveLoginKeys(RemoteHost host) {
        String loginKeys = host.files().read(host.home() + "/.ssh/authorized_keys").orElse("");
        String adminKeys = host.files().read(Accounts.authorizedKeys(host, admin)).orElse("");
        Set<String> have = new LinkedHashSet<>(adminKeys.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        Set<String> all = new LinkedHashSet<>(have);
        loginKeys.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(all::add);
        if (all.equals(have)) {
            return false;
        }
        return Accounts.putKeys(host, admin, String.join("\n", all) + "\n");
    }
}
