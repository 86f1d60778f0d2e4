package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ActionRouter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Start, stop, reboot and terminate, with EC2's state rules: a pending instance cannot be stopped, a terminated one
 * cannot be started or stopped, terminating twice succeeds, and one unknown id fails the whole call before any
 * instance changes. A start hands out a new public address.
 */
final class InstanceActions {
    private static final DateTimeFormatter REASON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'");

    void register(ActionRouter<Ec2Action> router) {
        router.add("StartInstances", "StartInstances", r -> change(r, "startingInstances", this::start));
        router.add("StopInstances", "StopInstances", r -> change(r, "stoppingInstances", this::stop));
        router.add("TerminateInstances", "TerminateInstances", r -> change(r, "terminatingInstances", this::terminate));
        router.add("RebootInstances", "RebootInstances", this::reboot);
    }

    @FunctionalInterface
    private interface Transition {
        void apply(Ec2Request r, Instance i);
    }

    private Xml change(Ec2Request r, String listName, Transition transition) {
        List<String> ids = r.params().list("InstanceId");
        if (ids.isEmpty()) {
            throw Ec2Error.missing("InstanceId");
        }
        List<Instance> instances = InstanceReader.named(r, ids);
        instances.forEach(i -> check(r, i, listName));
        Xml xml = r.reply().open("instancesSet"); // the model's StoppingInstances etc. all go by this name
        for (Instance i : instances) {
            InstanceState before = i.state;
            transition.apply(r, i);
            xml.open("item").leaf("instanceId", i.id);
            InstanceXml.state(xml, "currentState", i.state);
            InstanceXml.state(xml, "previousState", before);
            xml.close();
        }
        return xml.close();
    }

    /** Refuses a change the instance's state does not allow, before anything changes. */
    private static void check(Ec2Request r, Instance i, String listName) {
        switch (listName) {
            case "stoppingInstances" -> {
                if (i.state == InstanceState.PENDING) {
                    throw incorrect("Instance '" + i.id + "' cannot be stopped as it has never reached the 'running' state.");
                }
                if (i.state == InstanceState.TERMINATED || i.state == InstanceState.SHUTTING_DOWN) {
                    throw incorrect("This instance '" + i.id + "' is not in a state from which it can be stopped.");
                }
            }
            case "startingInstances" -> {
                if (i.state == InstanceState.STOPPING) {
                    throw incorrect("The instance '" + i.id + "' is not in a state from which it can be started.");
                }
                if (i.state == InstanceState.TERMINATED || i.state == InstanceState.SHUTTING_DOWN) {
                    throw incorrect("This instance '" + i.id + "' is not in a state from which it can be started.");
                }
            }
            default -> {
                if (i.disableApiTermination && i.state != InstanceState.TERMINATED) {
                    throw Ec2Error.invalid("OperationNotPermitted", "The instance '" + i.id + "' may not be terminated. "
                            + "Modify its 'disableApiTermination' instance attribute and try again.");
                }
            }
        }
    }

    private void start(Ec2Request r, Instance i) {
        if (i.state == InstanceState.STOPPED) {
            i.publicIp = dev.cloudmaker.emulator.kit.state.Addresses.publicIpv4(r.state().config.seed(),
                    r.state().nextAddress());
            i.reason = null;
            i.begin(InstanceState.PENDING, InstanceState.RUNNING, r.now().plus(r.state().config.actionDuration()));
        }
    }

    private void stop(Ec2Request r, Instance i) {
        if (i.state == InstanceState.RUNNING) {
            i.reason = userInitiated(r.now());
            i.begin(InstanceState.STOPPING, InstanceState.STOPPED, r.now().plus(r.state().config.actionDuration()));
        }
    }

    private void terminate(Ec2Request r, Instance i) {
        if (i.state != InstanceState.TERMINATED && i.state != InstanceState.SHUTTING_DOWN) {
            i.reason = userInitiated(r.now());
            i.begin(InstanceState.SHUTTING_DOWN, InstanceState.TERMINATED, r.now().plus(r.state().config.actionDuration()));
        }
    }

    private Xml reboot(Ec2Request r) {
        List<Instance> instances = InstanceReader.named(r, r.params().list("InstanceId"));
        for (Instance i : instances) {
            if (i.state != InstanceState.RUNNING) {
                throw incorrect("The instance '" + i.id + "' is not in the 'running' state.");
            }
        }
        return r.ok();
    }

    private static String userInitiated(Instant now) {
        return "User initiated (" + REASON_TIME.format(now.atOffset(ZoneOffset.UTC)) + ")";
    }

    static Ec2Error incorrect(String message) {
        return Ec2Error.invalid("IncorrectInstanceState", message);
    }
}
