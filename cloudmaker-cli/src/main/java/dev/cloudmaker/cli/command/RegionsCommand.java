package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.spi.RegionInfo;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "regions", mixinStandardHelpOptions = true, description = "List the provider's regions, live.")
public final class RegionsCommand extends SessionCommand {
    @Option(names = "--provider", paramLabel = "NAME", description = "Whose catalogue, when the definition has several providers.")
    String provider;

    @Override
    int run(Session session) {
        List<RegionInfo> regions = session.provider(provider, "--provider").catalog().regions();
        if (session.options().json()) {
            session.json().write(Map.of("regions", regions));
            return ExitCodes.OK;
        }
        Table table = new Table("SLUG", "NAME", "AVAILABLE", "IPV6");
        regions.forEach(r -> table.row(r.slug(), r.name(), r.available() ? "yes" : "no", r.supportsIpv6() ? "yes" : "no"));
        table.print(session.out());
        return ExitCodes.OK;
    }
}
