package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.StateBackend;
import dev.cloudmaker.core.http.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Create cloudmaker's tables in the backend, or migrate those of an older cloudmaker. Safe to run again.",
                "A backend whose tables a newer cloudmaker made is refused: upgrade cloudmaker instead."})
public final class BackendInitCommand implements Callable<Integer> {
    @ParentCommand
    BackendCommand backend;

    @Override
    public Integer call() {
        try (Session session = backend.root.session()) {
            String url = StateBackend.url(session, backend.root.env()).orElseThrow(BackendPushCommand::noBackend);
            String done = StateBackend.factory(url).init(StateBackend.request(session, backend.root.env(), url));
            if (session.options().json()) {
                session.json().write(Json.object().put("outcome", "initialized").put("message", done));
            } else {
                session.out().println(done);
            }
            return ExitCodes.OK;
        }
    }

}
