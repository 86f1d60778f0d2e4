package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.spi.ImageInfo;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "images", mixinStandardHelpOptions = true,
        description = {"List the provider's distribution images, live.",
                "--mine lists the account's own images (snapshots) instead, on every provider of the definition: id, name, "
                + "namespace, the server each was made from, size and date."})
public final class ImagesCommand extends SessionCommand {
    @Option(names = "--provider", paramLabel = "NAME", description = "Whose catalogue, when the definition has several providers.")
    String provider;

    @Option(names = "--mine", description = "The account's own images (snapshots) rather than the distributions.")
    boolean mine;

    @Override
    int run(Session session) {
        if (mine) {
            OwnImages own = new OwnImages(session);
            own.print(own.rows(provider != null ? List.of(session.providerName(provider, "--provider"))
                    : List.copyOf(session.providerConfigs().keySet())));
            return ExitCodes.OK;
        }
        List<ImageInfo> images = session.provider(provider, "--provider").catalog().images();
        if (session.options().json()) {
            session.json().write(Map.of("images", images));
            return ExitCodes.OK;
        }
        Table table = new Table("SLUG", "DISTRIBUTION", "NAME", "ID");
        images.forEach(i -> table.row(i.slug(), i.distribution(), i.name(), i.id()));
        table.print(session.out());
        return ExitCodes.OK;
    }
}
