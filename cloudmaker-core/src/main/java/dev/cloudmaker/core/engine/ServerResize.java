package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.plan.PlanAction.ResizeServer;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.time.Waiter;
import java.util.Optional;

/**
 * Resizes one server and leaves it running if it was. Providers power a server off for a resize
 * and on again afterwards; a run cut off in between would leave it off, and the next run could not
 * tell that from a server the user stopped. So a running server is first marked
 * {@link Mark.PoweredOffForResize}: the next run sees the mark (the planner plans the resize
 * again), finishes the resize if needed, powers the server on, and removes the mark. The one way
 * cloudmaker resizes: the engine's plans and the library's {@code Namespace.resize} both come here.
 */
public final class ServerResize {
    private final Provider provider;
    private final EngineSettings settings;

    public ServerResize(Provider provider, EngineSettings settings) {
        this.provider = provider;
        this.settings = settings;
    }

    /** @param observed the server as read for the plan */
    public void apply(ResizeServer resize, CloudServer observed) {
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
        if (marked) {
            if (status(id) == ServerStatus.OFF) {
                provider.servers().power(id, PowerAction.START, settings.activeTimeout());
                Waiter.waitingFor("server " + resize.name() + " to be running again after its resize", settings.activeTimeout())
                        .polling(settings.pollInitial(), settings.pollMax())
                        .using(settings.clock(), settings.sleeper())
                        .until(() -> provider.servers().get(id).orElse(null), s -> s != null && s.status() == ServerStatus.ACTIVE,
                                s -> s == null ? Optional.empty() : s.failure(), s -> s == null ? "gone" : s.status().label());
            }
            provider.servers().mark(id, new Mark.PoweredOffForResize(), false);
        }
    }

    private ServerStatus status(String id) {
        return provider.servers().get(id).map(CloudServer::status).orElse(ServerStatus.UNKNOWN);
    }
}
