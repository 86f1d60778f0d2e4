package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import picocli.CommandLine.Command;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Make the admin user's authorized_keys on every running server of the namespace hold exactly the "
                + "definition's key and the namespace's keys: over SSH, in parallel, replacing the file whole.",
                "Reports per server whether it was unchanged or updated; exits non-zero, naming them, when servers failed."})
public final class KeysSyncCommand extends KeysSubcommand {
    @Override
    int run(Session session, Namespace ns) {
        ObjectNode sync = KeySyncRun.run(session, ns, true);
        if (session.options().json()) {
            session.json().write(sync);
        }
        return ExitCodes.OK;
    }
}
