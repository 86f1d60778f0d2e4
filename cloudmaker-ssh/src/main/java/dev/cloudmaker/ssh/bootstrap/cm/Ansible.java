package dev.cloudmaker.ssh.bootstrap.cm;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.Distro;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ansible-playbook against localhost over the local connection; the PLAY RECAP says what changed. */
public final class Ansible implements ConfigManagementTool {
    private static final Pattern RECAP = Pattern.compile(
            "(?m)^\\S+\\s*:\\s*ok=\\d+\\s+changed=(\\d+)\\s+unreachable=(\\d+)\\s+failed=(\\d+)");

    @Override
    public String name() {
        return "ansible";
    }

    @Override
    public List<String> packages(Distro distro) {
        return List.of(switch (distro.family()) {
            case DEBIAN, REDHAT, ARCH -> "ansible-core";
            case FREEBSD -> "py311-ansible-core";
        });
    }

    @Override
    public String program() {
        return "ansible-playbook";
    }

    @Override
    public String applyCommand(String file) {
        // "localhost," is an inventory given inline: the trailing comma makes it a list, not a file.
        return "ANSIBLE_NOCOLOR=1 ansible-playbook -c local -i localhost, " + quote(directory() + "/" + file);
    }

    @Override
    public OptionalInt changes(CommandResult run) {
        if (!run.ok()) {
            return OptionalInt.empty();
        }
        int changed = 0;
        Matcher m = RECAP.matcher(run.stdout());
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) > 0 || Integer.parseInt(m.group(3)) > 0) {
                return OptionalInt.empty();
            }
            changed += Integer.parseInt(m.group(1));
        }
        return OptionalInt.of(changed);
    }
}
