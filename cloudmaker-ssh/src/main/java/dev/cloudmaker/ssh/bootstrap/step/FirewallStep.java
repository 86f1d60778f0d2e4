package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.platform.Firewall;
import dev.cloudmaker.ssh.bootstrap.platform.Platform;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Denies all incoming traffic but SSH and the role's ports. Runs before the sshd step, so a new SSH
 * port is open before sshd moves to it. The port this session came in on stays open while it differs
 * from the configured one: only a session that arrived on the new port proves it reachable (a cloud
 * firewall may block it), and that session's bootstrap closes the old one.
 */
public final class FirewallStep implements Step {
    private final int sshPort;
    private final List<PortSpec> rolePorts;

    public FirewallStep(int sshPort, List<PortSpec> rolePorts) {
        this.sshPort = checkPort(new PortSpec(sshPort, "tcp")).port();
        this.rolePorts = rolePorts.stream().map(FirewallStep::checkPort).toList();
    }

    private static PortSpec checkPort(PortSpec p) {
        if (p.port() < 1 || p.port() > 65535 || !(p.protocol().equals("tcp") || p.protocol().equals("udp"))) {
            throw new IllegalArgumentException("not a port/protocol the firewall can open: " + p);
        }
        return p;
    }

    @Override
    public String name() {
        return "firewall";
    }

    @Override
    public List<String> packages(RemoteHost host) {
        return Platform.of(host.distro()).firewall().packages();
    }

    @Override
    public StepResult apply(RemoteHost host) {
        SortedSet<PortSpec> open = new TreeSet<>(Firewall.ORDER);
        open.add(new PortSpec(sshPort, "tcp"));
        open.addAll(rolePorts);
        if (host.loginPort() != sshPort) {
            open.add(new PortSpec(host.loginPort(), "tcp"));
        }
        List<String> changes = Platform.of(host.distro()).firewall().converge(host, open);
        String ports = open.stream().map(PortSpec::toString).collect(Collectors.joining(" "));
        return StepResult.of(name(), changes, "incoming traffic allowed only to " + ports);
    }
}
