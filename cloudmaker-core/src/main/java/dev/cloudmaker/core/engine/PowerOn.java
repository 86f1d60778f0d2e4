package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.time.Waiter;
import java.util.List;

/**
 * The one way cloudmaker powers a server on (the CLI's {@code start} and {@code image}, the library's
 * {@code Namespace.power}, a resize, provision's resize stage): asks for the start and, when the server's DNS names
 * must follow a new address ({@link NamesFollow#needed}), waits until it runs, reads it again and moves them, so no
 * caller can start a server and leave its names on the address it had.
 */
public final class PowerOn {
    private final Provider provider;
    private final EngineSettings settings;
    private final NamesFollow follow;

    /** @param settings its {@code activeTimeout} bounds the start and the wait, its polling paces the wait */
    public PowerOn(Provider provider, EngineSettings settings, NamesFollow follow) {
        this.provider = provider;
        this.settings = settings;
        this.follow = follow;
    }

    /** Whether {@link #start} waits for the server to run even when not asked to: its names follow it. */
    public boolean follows(CloudServer server) {
        return follow.needed(provider, server);
    }

    /**
     * Starts the server; waits until it runs when {@code await} or when its names follow it, then moves them.
     *
     * @param server the server as last read (its id and name are used)
     */
    public PoweredOn start(CloudServer server, boolean await) {
        provider.servers().power(server.id(), PowerAction.START, settings.activeTimeout());
        if (!await && !follows(server)) {
            return new PoweredOn(null, List.of());
        }
        CloudServer running = Waiter.waitingFor(server.name() + " to be running", settings.activeTimeout())
                .polling(settings.pollInitial(), settings.pollMax())
                .using(settings.clock(), settings.sleeper())
                .until(() -> provider.servers().get(server.id()).orElseThrow(() -> new CloudmakerException(
                                server.name() + " (id " + server.id() + ") is gone while waiting for it to be running")),
                        s -> s.status() == ServerStatus.ACTIVE && !s.locked(), CloudServer::failure, CloudServer::describeState);
        return new PoweredOn(running, follow.apply(provider, running));
    }
}
