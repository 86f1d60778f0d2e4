package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.state.BackendRequest;
import dev.cloudmaker.core.state.SharedStateStore;
import dev.cloudmaker.core.state.StateStoreFactory;
import java.util.Set;

/** {@code postgresql://} and {@code postgres://} backend URLs. */
public final class PostgresStateStoreFactory implements StateStoreFactory {

    @Override
    public Set<String> schemes() {
        return Set.of("postgresql", "postgres");
    }

    @Override
    public SharedStateStore open(BackendRequest request) {
        PgUrl url = PgUrl.parse(request.url(), request.workspace().dir().getFileName().toString());
        Database db = Database.connect(url, request.password(), request.env());
        try {
            Schema.check(db);
            return new PgStateStore(db, new LeaseKey(url.definition(), request.namespace()), request.stateKey());
        } catch (CloudmakerException e) {
            db.close();
            throw e;
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
