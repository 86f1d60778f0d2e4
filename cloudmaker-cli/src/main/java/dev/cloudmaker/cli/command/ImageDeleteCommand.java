package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.state.Lease;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Delete one of the namespace's images (made by `cloudmaker image`), by its name or its id as "
                + "`cloudmaker images --mine` lists them. Images the namespace did not make are left alone."})
public final class ImageDeleteCommand implements Callable<Integer> {
    @ParentCommand
    ImageCommand image;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME|ID", description = "The image's name in the namespace, or its id.")
    String nameOrId;

    @Override
    public Integer call() {
        try (Session session = image.root.session(); Lease lock = session.lockFor(Commands.typed(spec))) {
            return RecordedRun.call(session, lock, () -> run(session));
        }
    }

    private int run(Session session) {
        ImageInfo deleted = session.namespace().deleteSnapshot(nameOrId);
        if (session.options().json()) {
            session.json().write(Json.object().put("outcome", "deleted").set("image", Json.DOCUMENTS.valueToTree(deleted)));
        } else {
            session.out().println("Deleted image " + deleted.named().name() + " (id " + deleted.id() + ").");
        }
        return ExitCodes.OK;
    }
}
