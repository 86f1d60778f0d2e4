package dev.cloudmaker.ssh.bootstrap.step;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.core.model.role.UserSpec;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.platform.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A role's user: exists, belongs to its groups (others it has are left alone), logs in with exactly
 * its keys when the role names any, and may sudo exactly when the role says so.
 */
public final class UserStep implements Step {
    private final UserSpec user;

    public UserStep(UserSpec user) {
        Accounts.checkName(user.name());
        this.user = user;
    }

    @Override
    public String name() {
        return "user " + user.name();
    }

    @Override
    public StepResult apply(RemoteHost host) {
        Platform platform = Platform.of(host.distro());
        String name = user.name();
        List<String> changes = new ArrayList<>();
        if (!Accounts.exists(host, name)) {
            host.sudoOk(platform.addUserCommand(name));
            changes.add("created");
        }
        if (!user.groups().isEmpty()) {
            List<String> has = Arrays.asList(host.sudoOk("id -nG " + quote(name)).stdout().strip().split("\\s+"));
            List<String> missing = user.groups().stream().filter(g -> !has.contains(g)).toList();
            if (!missing.isEmpty()) {
                host.sudoOk(platform.addToGroupsCommand(name, missing));
                changes.add("added to " + String.join(", ", missing));
            }
        }
        if (!user.sshKeys().isEmpty() && Accounts.putKeys(host, name, String.join("\n", user.sshKeys()) + "\n")) {
            changes.add("authorized keys written");
        }
        if (Accounts.putSudo(host, platform, name, user.sudo())) {
            changes.add(user.sudo() ? "may sudo" : "may no longer sudo");
        }
        return StepResult.of(name(), changes, "as wanted");
    }
}
