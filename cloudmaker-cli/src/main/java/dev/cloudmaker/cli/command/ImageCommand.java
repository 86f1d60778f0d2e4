package dev.cloudmaker.cli.command;

import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.UsageException;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "image", mixinStandardHelpOptions = true, subcommands = ImageDeleteCommand.class,
        description = {"Save a server's disk as a private image (a snapshot) that `recreate --from` and cloud.json's "
                + "\"image\" can name. A running server is stopped for a consistent disk and started again afterwards.",
                "An image name is used once in a namespace: a name taken is refused before the server is touched, "
                + "unless --replace is given. `cloudmaker images --mine` lists the images, `cloudmaker image delete` deletes one."})
public final class ImageCommand extends SessionCommand implements ChangesServers {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The server, or a role only one server plays.")
    String name;

    @Option(names = "--as", paramLabel = "IMAGE_NAME",
            description = "The image's name in the namespace (default: <server>-<UTC time>, e.g. web-20260301-120000); "
                    + "the account lists it as cloudmaker:<namespace>:<name>.")
    String imageName;

    @Option(names = "--replace", description = "When the namespace already has an image of that name, make the new one, "
            + "then delete the old one.")
    boolean replace;

    @Option(names = "--timeout", paramLabel = "DUR", defaultValue = "30m",
            description = "How long each step (stop, snapshot, start) may take (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    void checkArguments() {
        if (name == null) {
            throw new UsageException("name the server to save: cloudmaker image SERVER [--as NAME]; "
                    + "or delete an image: cloudmaker image delete NAME|ID");
        }
    }

    @Override
    int run(Session session) {
        Fleet fleet = new Fleet(session);
        Namespace ns = fleet.namespace();
        CloudServer server = fleet.resolve(name);
        String as = imageName != null ? imageName : server.name() + "-" + STAMP.format(Clock.systemUTC().instant());
        PrintStream out = session.options().json() ? session.err() : session.out();
        // a name taken is refused before the server is stopped for nothing
        List<ImageInfo> replaced = replace ? ns.snapshotsNamed(as) : List.of();
        if (!replace) {
            ns.requireNewSnapshotName(as);
        }
        boolean running = server.status() == ServerStatus.ACTIVE;
        ImageInfo image;
        if (running) {
            out.println(server.name() + " is running: stopping it for a consistent disk; it is started again afterwards.");
            ns.power(server, PowerAction.STOP, timeout);
            ns.waitUntil(server, ServerStatus.OFF, timeout);
        }
        try {
            out.println("Saving " + server.name() + "'s disk as " + as + "...");
            image = replace ? ns.replaceSnapshot(server, as, timeout) : ns.snapshot(server, as, timeout);
        } finally {
            if (running) {
                // on a cloud that gives a started server a new address, its names follow it, as after `start`
                List<String> moved = ns.power(server, PowerAction.START, timeout);
                NetworkingWriteBack.after(session, List.of(ns.waitUntil(server, ServerStatus.ACTIVE, timeout)));
                out.println(server.name() + " is running again" + PowerOutcome.moved(moved) + ".");
            }
        }
        if (session.options().json()) {
            session.json().write(Json.object().put("outcome", "created").put("server", server.name())
                    .set("image", Json.DOCUMENTS.valueToTree(image)));
        } else {
            out.println("Image " + as + " (id " + image.id() + ", listed in the account as " + image.name() + ") made from "
                    + server.name() + ". Use it with `cloudmaker recreate " + server.name() + " --from " + as + "`.");
            replaced.forEach(old -> out.println("It replaces image " + as + " (id " + old.id() + "), now deleted."));
        }
        return ExitCodes.OK;
    }
}
