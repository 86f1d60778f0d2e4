package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.plan.PlanAction.ResizeServer;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerStatus;
import java.util.Optional;

/**
 * Resizes one server and leaves it running if it was. Providers power a server off for a resize
 * and on again afterwards; a run cut off in between would leave it off, and the next run could not
 * tell that from a server the user stopped. So a running server is first marked
 * {@link Mark.PoweredOffForResize}: the next run sees the mark (the planner plans the resize
 * again), finishes the resize if needed, powers the server on (through {@link PowerOn}, so its DNS names follow a
 * new address), and removes the mark. The one way cloudmaker resizes: the engine's plans and the library's {@code Namespace.resize} both come here.
 */
public final class ServerResize {
    private final Provider provider;
    private final EngineSettings settings;
    private final PowerOn powerOn;

    /** A resize whose power-on moves no names: a namespace opened without a definition, or a test's. */
    public ServerResize(Provider provider, EngineSettings settings) {
        this(provider, settings, NamesFollow.NONE);
    }

    /** @param follow whose DNS names follow the server to a new address after the power-on ({@link PowerOn}) */
    public ServerResize(Provider provider, EngineSettings settings, NamesFollow follow) {
        this.provider = provider;
        this.settings = settings;
        this.powerOn = new PowerOn(provider, settings, follow);
    }

    /**
     * @param observed the server as read for the plan
     * @return the server as it runs again, with what its names did ({@link PowerOn}), when the resize powered it on
     */
    public Optional<PoweredOn> apply(ResizeServer resize, CloudServer observed) {
        String id = resize.serverId();
        boolean changesSize = !resize.fromSize().equals(resize.toSize());
        if (changesSize && !provider.capabilities().resize()) {
            // refused before the server is touched: nothing to finish on the next run
            throw new CloudmakerException("server " + resize.name() + " cannot change size in place on " + provider.name()
                    + " (" + resize.fromSize() + " → " + resize.toSize() + "); keep its size, or replace it with --replace "
                    + resize.name() + " (it deletes the server and its disk)");
        }
        if (changesSize) {
            DiskFit.require(observed, resize.toSize(), provider.catalog());
        }
        boolean marked = observed.poweredOffForResize();
        if (!marked && observed.status() != ServerStatus.OFF) {
            provider.servers().mark(id, new Mark.PoweredOffForResize(), true);
            marked = true;
        }
        if (changesSize) {
            provider.servers().resize(id, resize.toSize(), settings.activeTimeout());
        }
        Optional<PoweredOn> on = Optional.empty();
        if (marked) {
            if (status(id) == ServerStatus.OFF) {
                on = Optional.of(powerOn.start(observed, true));
            }
            provider.servers().mark(id, new Mark.PoweredOffForResize(), false);
        }
        return on;
    }

    private ServerStatus status(String id) {
        return provider.servers().get(id).map(CloudServer::status).orElse(ServerStatus.UNKNOWN);
    }
}
