package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sizes", mixinStandardHelpOptions = true, description = "List the provider's server sizes and prices, live.")
public final class SizesCommand extends SessionCommand {
    @Option(names = "--provider", paramLabel = "NAME", description = "Whose catalogue, when the definition has several providers.")
    String provider;

    @Override
    int run(Session session) {
        List<SizeInfo> sizes = session.provider(provider, "--provider").catalog().sizes();
        if (session.options().json()) {
            session.json().write(Map.of("sizes", sizes));
            return ExitCodes.OK;
        }
        Table table = new Table("SLUG", "VCPUS", "MEMORY", "DISK", "$/MONTH", "REGIONS");
        sizes.forEach(s -> table.row(s.slug(), s.vcpus(), s.memoryMb() + " MB", s.diskGb() + " GB",
                s.priceMonthly() == null ? "-" : String.format(Locale.ROOT, "%.2f", s.priceMonthly()), String.join(",", s.regions())));
        table.print(session.out());
        return ExitCodes.OK;
    }
}
