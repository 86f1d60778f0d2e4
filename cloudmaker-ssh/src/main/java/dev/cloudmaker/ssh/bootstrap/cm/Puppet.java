package dev.cloudmaker.ssh.bootstrap.cm;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.Distro;
import java.util.List;
import java.util.OptionalInt;

/** puppet apply of one manifest; --detailed-exitcodes tells a change (2) from none (0) and failures (4, 6). */
public final class Puppet implements ConfigManagementTool {
    @Override
    public String name() {
        return "puppet";
    }

    @Override
    public List<String> packages(Distro distro) {
        return List.of(switch (distro.family()) {
            // Debian 12 and Ubuntu 24.04 package Puppet 7/8 as puppet-agent.
            case DEBIAN -> "puppet-agent";
            case REDHAT, ARCH -> "puppet";
            case FREEBSD -> "puppet8";
        });
    }

    @Override
    public String program() {
        return "puppet";
    }

    @Override
    public String applyCommand(String file) {
        return "puppet apply --detailed-exitcodes " + quote(directory() + "/" + file);
    }

    @Override
    public OptionalInt changes(CommandResult run) {
        return switch (run.exitCode()) {
            case 0 -> OptionalInt.of(0);
            // Puppet does not count its changes in the exit code; the resources it noticed do.
            case 2 -> OptionalInt.of((int) Math.max(1, run.stdout().lines().filter(l -> l.startsWith("Notice: /Stage[")).count()));
            default -> OptionalInt.empty();
        };
    }
}
