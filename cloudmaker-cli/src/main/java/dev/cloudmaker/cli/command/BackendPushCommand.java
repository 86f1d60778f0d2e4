package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.cli.UsageException;
import dev.cloudmaker.core.config.BackendSecrets;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.SharedStateStore;
import dev.cloudmaker.core.state.StatePush;
import dev.cloudmaker.cli.ExitCodes;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Copy this folder's state (the create journal, pinned host keys, first-boot host keys when security.json"
                + " has a state_key, and the run history) into the backend, once, when a definition moves to a shared backend.",
                "Runs under the backend's lease and this folder's lock. The files stay, unused while a backend is named."})
public final class BackendPushCommand implements Callable<Integer> {
    @ParentCommand
    BackendCommand backend;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = backend.root.session(); Lease lock = session.lockFor(Commands.typed(spec))) {
            return RecordedRun.call(session, lock, () -> push(session));
        }
    }

    private static int push(Session session) {
        if (!(session.state() instanceof SharedStateStore shared)) {
            throw noBackend();
        }
        FileStateStore files = new FileStateStore(session.workspace());
        boolean sealKeys = BackendSecrets.read(session.workspace().securityJson()).stateKey().isPresent();
        StatePush pushed;
        try (Lease local = files.lock("cloudmaker backend push", Duration.ZERO, n -> { })) {
            pushed = StatePush.copy(files, shared, sealKeys);
        }
        if (session.options().json()) {
            session.json().write(Json.object().put("outcome", "pushed").put("backend", shared.location())
                    .put("pending_creates", pushed.journalEntries()).put("pins", pushed.pins())
                    .put("host_keys", pushed.hostKeys()).put("runs", pushed.runs()));
            return ExitCodes.OK;
        }
        session.out().println("Pushed " + session.workspace().dir() + " into " + shared.location() + ": "
                + pushed.journalEntries() + " pending create(s), " + pushed.pins() + " pinned host key(s), "
                + pushed.hostKeys() + " host private key(s)" + (sealKeys ? "" : " (none: security.json has no state_key)")
                + ", " + pushed.runs() + " run(s) of history.");
        return ExitCodes.OK;
    }

    static UsageException noBackend() {
        return new UsageException("no backend is named: give --backend postgresql://user@host:5432/db, set CLOUDMAKER_BACKEND,"
                + " or write \"backend\" in cloud.json");
    }
}
