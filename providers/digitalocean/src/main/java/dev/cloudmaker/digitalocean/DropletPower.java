package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Duration;
import java.util.function.Function;

/**
 * Power changes as droplet actions: {@code power_on}, {@code reboot}, and for a stop a clean
 * {@code shutdown} that falls back to a hard {@code power_off}.
 *
 * <p>START and REBOOT return as soon as DigitalOcean accepted the action. STOP cannot: whether the
 * fallback is needed is only known once the shutdown action ends, so STOP waits for the shutdown
 * (at most {@link #shutdownGrace} of the timeout); when it errored, did not end in that time, or
 * ended with the droplet still running, it sends {@code power_off} and returns once that is
 * accepted. A caller waiting for the droplet to be off afterwards therefore never waits forever on an
 * operating system that ignores the shutdown request.
 */
final class DropletPower {
    private final DropletActions actions;
    private final Function<String, CloudServer> current;

    /** {@code current} reads a droplet by id, failing when it is gone. */
    DropletPower(DropletActions actions, Function<String, CloudServer> current) {
        this.actions = actions;
        this.current = current;
    }

    void change(String dropletId, PowerAction action, Duration timeout) {
        ServerStatus status = current.apply(dropletId).status();
        switch (action) {
            case START -> {
                if (status != ServerStatus.ACTIVE) {
                    actions.start(dropletId, DropletActions.ofType("power_on"), timeout);
                }
            }
            // a stopped droplet has nothing to reboot: starting it is what "running again" means
            case REBOOT -> actions.start(dropletId, DropletActions.ofType(status == ServerStatus.OFF ? "power_on" : "reboot"), timeout);
            case STOP -> {
                if (status != ServerStatus.OFF) {
                    stop(dropletId, timeout);
                }
            }
        }
    }

    private void stop(String dropletId, Duration timeout) {
        long started = System.nanoTime();
        Duration grace = shutdownGrace(timeout);
        String shutdown = actions.start(dropletId, DropletActions.ofType("shutdown"), grace);
        boolean cleanlyOff;
        try {
            cleanlyOff = actions.outcome(dropletId, "shutdown", shutdown, grace) == DropletActions.Outcome.COMPLETED
                    && current.apply(dropletId).status() == ServerStatus.OFF;
        } catch (WaitTimeoutException e) {
            cleanlyOff = false;
        }
        if (!cleanlyOff) {
            Duration left = timeout.minus(Duration.ofNanos(System.nanoTime() - started));
            if (left.isNegative() || left.isZero()) {
                throw new CloudmakerException("droplet " + dropletId + " did not shut down within " + timeout
                        + " and there is no time left to power it off");
            }
            actions.start(dropletId, DropletActions.ofType("power_off"), left);
        }
    }

    /** Two thirds of the time for the clean shutdown, the rest for the power-off that may follow. */
    static Duration shutdownGrace(Duration timeout) {
        return timeout.multipliedBy(2).dividedBy(3);
    }
}
