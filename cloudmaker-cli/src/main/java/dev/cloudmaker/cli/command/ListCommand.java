package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.UsageException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.ServerFacts;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true,
        description = {"List the servers of the namespace, whether cloud.json declares them or not: state, address, "
                + "role (from cloud.json), region, size, age and monthly price (from the provider's live price list).",
                "Servers of other namespaces and servers cloudmaker did not make are never listed (see `cloudmaker import`)."})
public final class ListCommand extends SessionCommand {
    @Option(names = "--role", paramLabel = "ROLE", description = "Only servers playing this role in cloud.json.")
    String role;

    @Option(names = "--state", paramLabel = "STATE", description = "Only servers in this state: new, active, off, archived or unknown.")
    String state;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only servers carrying this provider tag.")
    String tag;

    @Override
    int run(Session session) {
        ServerStatus wanted = state == null ? null : status(state);
        Fleet fleet = new Fleet(session);
        List<CloudServer> servers = fleet.namespace().servers(s -> (wanted == null || s.status() == wanted)
                && (tag == null || s.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag))));
        List<ServerFacts> facts = fleet.facts(servers).stream().filter(f -> role == null || role.equals(f.role())).toList();
        Instant now = Instant.now();
        if (session.options().json()) {
            ObjectNode doc = Json.object().put("namespace", fleet.namespace().name());
            ArrayNode listed = doc.putArray("servers");
            facts.forEach(f -> listed.add(f.toJson(now)));
            session.json().write(doc);
            return ExitCodes.OK;
        }
        Table table = new Table("NAME", "ID", "STATE", "IPV4", "ROLE", "PROVIDER", "REGION", "SIZE", "AGE", "$/MONTH");
        facts.forEach(f -> table.row(f.server().name(), f.server().id(), f.state(), f.server().networking().publicIpv4(),
                f.role(), f.server().provider(), f.server().region(), f.server().size(), f.age(now), f.cost()));
        if (!facts.isEmpty()) {
            table.print(session.out());
        }
        double total = facts.stream().map(ServerFacts::monthlyCost).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
        session.err().println(facts.size() + " server(s) in namespace " + fleet.namespace().name()
                + (facts.isEmpty() ? "" : String.format(Locale.ROOT, ", %.2f a month", total)));
        return ExitCodes.OK;
    }

    private static ServerStatus status(String label) {
        return Arrays.stream(ServerStatus.values()).filter(s -> s.label().equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new UsageException("unknown state \"" + label + "\" for --state; use one of "
                        + String.join(", ", Arrays.stream(ServerStatus.values()).map(ServerStatus::label).toList())));
    }
}
