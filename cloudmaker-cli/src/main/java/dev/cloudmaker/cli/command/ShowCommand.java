package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.ServerFacts;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one server of the namespace: id, state, addresses, role, region, size, image, tags, age and monthly price.")
public final class ShowCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The server, or a role only one server plays.")
    String name;

    @Override
    int run(Session session) {
        Fleet fleet = new Fleet(session);
        CloudServer server = fleet.resolve(name);
        ServerFacts f = fleet.facts(List.of(server)).getFirst();
        Instant now = Instant.now();
        PrintStream out = session.out();
        if (session.options().json()) {
            session.json().write(Json.object().set("server", f.toJson(now)));
            return ExitCodes.OK;
        }
        var net = server.networking();
        line(out, "name", server.name());
        line(out, "id", server.id());
        line(out, "namespace", fleet.namespace().name());
        line(out, "provider", server.provider());
        line(out, "state", f.state());
        line(out, "role", f.role());
        line(out, "region", server.region());
        line(out, "size", server.size() + (f.cost() == null ? "" : " (" + f.cost() + " a month)"));
        line(out, "image", server.image() == null ? "(a private image)" : server.image());
        line(out, "ipv4", net.publicIpv4());
        line(out, "ipv6", net.publicIpv6());
        line(out, "private ipv4", net.privateIpv4());
        line(out, "tags", String.join(", ", server.tags()));
        line(out, "created", server.createdAt() == null ? null : server.createdAt() + " (" + f.age(now) + " ago)");
        return ExitCodes.OK;
    }

    private static void line(PrintStream out, String label, String value) {
        out.printf("%-13s %s%n", label + ":", value == null || value.isBlank() ? "-" : value);
    }
}
