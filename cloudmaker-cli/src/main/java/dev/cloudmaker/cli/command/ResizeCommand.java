package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.config.CloudJsonWriteBack;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.engine.DiskFit;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.SizeInfo;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resize", mixinStandardHelpOptions = true,
        description = {"Change a server's CPU and memory (not its disk, so it can be resized back). "
                + "A running server is powered off for it and started again.",
                "A server cloud.json declares gets the new size written there too (the file's layout kept), so the next "
                + "provision keeps it."})
public final class ResizeCommand extends SessionCommand implements ChangesServers {
    @Parameters(index = "0", paramLabel = "NAME", description = "The server, or a role only one server plays.")
    String name;

    @Parameters(index = "1", paramLabel = "SIZE", description = "The new size, as `cloudmaker sizes` lists them.")
    String size;

    @Option(names = "--wait", description = "Also wait until the server is back in the state it was in (running, or off).")
    boolean await;

    @Option(names = "--timeout", paramLabel = "DUR", defaultValue = "10m",
            description = "How long the resize may take (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    int run(Session session) {
        Fleet fleet = new Fleet(session);
        CloudServer server = fleet.resolve(name);
        if (size.equals(server.size())) {
            session.out().println(server.name() + " already has size " + size + "; nothing to do.");
            writeDocument(session, server, "unchanged", false);
            return ExitCodes.OK;
        }
        requireOffered(session, server);
        boolean running = server.status() == ServerStatus.ACTIVE;
        if (running) {
            session.out().println(server.name() + " is running: it is powered off for the resize and started again.");
        }
        // started again through the namespace's power-on: on a cloud that gives it a new address, its names follow
        List<String> moved = fleet.namespace().resize(server, size, timeout);
        // right away, so cloud.json follows the server even when the wait below gives up
        boolean declared = Files.exists(session.workspace().cloudJson()) && session.definition().server(server.name()).isPresent();
        boolean written = declared && CloudJsonWriteBack.writeSize(session.definition().file(), session.definition(), server.name(), size);
        if (written) {
            session.out().println(session.definition().file().getFileName() + ": " + server.name() + "'s size is now " + size + ".");
        }
        if (await) {
            fleet.namespace().waitUntil(server, running ? ServerStatus.ACTIVE : ServerStatus.OFF, timeout);
        }
        if (running) {
            // started again, at a new address on some clouds (EC2): cloud.json's networking follows, as after provision
            fleet.namespace().server(server.name()).ifPresent(now -> NetworkingWriteBack.after(session, List.of(now)));
        }
        session.out().println(server.name() + " resized " + server.size() + " → " + size + PowerOutcome.moved(moved) + ".");
        writeDocument(session, server, "resized", written);
        return ExitCodes.OK;
    }

    /** {@code definition_updated}: whether cloud.json got the new size. */
    private void writeDocument(Session session, CloudServer server, String outcome, boolean definitionUpdated) {
        if (session.options().json()) {
            session.json().write(Json.object().put("outcome", outcome).put("server", server.name()).put("id", server.id())
                    .put("from_size", server.size()).put("to_size", size).put("definition_updated", definitionUpdated));
        }
    }

    /** A size the region does not offer, or with a smaller disk than the server's, is refused here, before the server is powered off for nothing. */
    private void requireOffered(Session session, CloudServer server) {
        List<SizeInfo> sizes = session.provider(server.provider()).catalog().sizes();
        SizeInfo wanted = sizes.stream().filter(s -> s.slug().equals(size)).findFirst().orElseThrow(() ->
                new CloudmakerException("size \"" + size + "\" does not exist; see `cloudmaker sizes` for the sizes offered now"));
        if (server.region() != null && !wanted.regions().isEmpty() && !wanted.regions().contains(server.region())) {
            throw new CloudmakerException("size \"" + size + "\" is not offered in region " + server.region()
                    + "; choose a size `cloudmaker sizes` lists for " + server.region());
        }
        DiskFit.require(server, size, session.provider(server.provider()).catalog());
    }
}
