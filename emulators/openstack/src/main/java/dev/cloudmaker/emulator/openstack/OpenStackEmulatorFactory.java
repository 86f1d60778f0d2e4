package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.util.List;

/** {@code cloudmaker emulator openstack}: the OpenStack emulator by type, for the CLI and tests. */
public final class OpenStackEmulatorFactory implements EmulatorFactory {

    @Override
    public String type() {
        return "openstack";
    }

    @Override
    public String description() {
        return "OpenStack: Keystone v3, Nova (servers, actions, flavors, key pairs, tags), Glance, Neutron "
                + "(networks, security groups, floating IPs) and Designate on one port, devstack's paths.";
    }

    @Override
    public List<EmulatorOption> options() {
        return List.of(
                new EmulatorOption(EmulatorOption.PORT, "N", "Port on 127.0.0.1 (default: a free one)."),
                new EmulatorOption(EmulatorOption.STATE, "FILE", "Keep the project in this file across restarts."),
                new EmulatorOption(EmulatorOption.BOOT_DELAY, "DUR", "Time from BUILD to ACTIVE (default: 3s)."),
                new EmulatorOption(EmulatorOption.LATENCY, "DUR", "Added to every answer (default: none)."),
                new EmulatorOption(EmulatorOption.RATE_LIMIT, "N", "Requests a minute per user; 0 turns it off (default: 250)."),
                new EmulatorOption(EmulatorOption.FAULT, "SPEC", "Inject faults at servers, server-actions, flavors, "
                        + "keypairs, images, networks, security-groups, floatingips, zones, recordsets, tokens, ...: "
                        + "503@servers=0.2."),
                new EmulatorOption(EmulatorOption.SEED, "N", "Seeds probabilistic faults, ids and addresses (default: 0)."),
                new EmulatorOption(EmulatorOption.USER, "NAME", "The user clients log in as (default: demo)."),
                new EmulatorOption(EmulatorOption.PASSWORD, "TEXT", "The user's password (default: secret)."),
                new EmulatorOption(EmulatorOption.PROJECT, "NAME", "The user's project (default: demo)."),
                new EmulatorOption(EmulatorOption.REGION, "NAME", "The catalog's region (default: RegionOne)."));
    }

    @Override
    public RunningEmulator start(EmulatorOptions options) {
        OpenStackEmulatorBuilder builder = OpenStackEmulator.builder().port(options.port()).stateFile(options.stateFile())
                .bootDelay(options.bootDelay()).latency(options.latency())
                .rateLimitPerMinute(options.rateLimitPerMinute()).seed(options.seed());
        if (options.user() != null) {
            builder.user(options.user());
        }
        if (options.password() != null) {
            builder.password(options.password());
        }
        if (options.project() != null) {
            builder.project(options.project());
        }
        if (options.region() != null) {
            builder.region(options.region());
        }
        options.faults().forEach(spec -> builder.fault(FaultSpec.parse(spec)));
        return new RunningOpenStack(builder.start());
    }
}
