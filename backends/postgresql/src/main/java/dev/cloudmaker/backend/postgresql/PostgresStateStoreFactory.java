package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.state.BackendRequest;
import dev.cloudmaker.core.state.SharedStateStore;
import dev.cloudmaker.core.state.StateStoreFactory;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code postgresql://} and {@code postgres://} backend URLs. */
public final class PostgresStateStoreFactory implements StateStoreFactory {

    @Override
    public Set<String> schemes() {
        return Set.of("postgresql", "postgres");
    }

    private volatile String preparedUrl;
    private volatile CompletableFuture<Database> prepared;

    @Override
    public void prepare(BackendRequest request) {
        PgUrl url;
        try {
            url = PgUrl.parse(request.url(), request.workspace().dir().getFileName().toString());
        } catch (CloudmakerException e) {
            return; // open() says what is wrong with it
        }
        CompletableFuture<Database> connecting = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                connecting.complete(Database.connect(url, request.password(), request.env()));
            } catch (RuntimeException e) {
                connecting.completeExceptionally(e);
            }
        }, "cloudmaker-backend-connect");
        t.setDaemon(true);
        preparedUrl = request.url();
        prepared = connecting;
        t.start();
    }

    @Override
    public SharedStateStore open(BackendRequest request) {
        PgUrl url = PgUrl.parse(request.url(), request.workspace().dir().getFileName().toString());
        Database db = request.url().equals(preparedUrl) && prepared != null ? joined(prepared)
                : Database.connect(url, request.password(), request.env());
        prepared = null;
        try {
            Schema.check(db);
            return new PgStateStore(db, new LeaseKey(url.definition(), request.namespace()), request.stateKey());
        } catch (CloudmakerException e) {
            db.close();
            throw e;
        }
    }

    private static Database joined(CompletableFuture<Database> connecting) {
        try {
            return connecting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public String init(BackendRequest request) {
        PgUrl url = PgUrl.parse(request.url(), request.workspace().dir().getFileName().toString());
        try (Database db = Database.connect(url, request.password(), request.env())) {
            return Schema.init(db);
        }
    }
}
