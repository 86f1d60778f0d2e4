package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.ImageInfo;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "images", mixinStandardHelpOptions = true, description = "List the provider's distribution images, live.")
public final class ImagesCommand extends SessionCommand {
    @Override
    int run(Session session) {
        List<ImageInfo> images = session.provider().catalog().images();
        if (session.options().json()) {
            session.out().println(Json.MAPPER.valueToTree(images).toPrettyString());
            return ExitCodes.OK;
        }
        Table table = new Table("SLUG", "DISTRIBUTION", "NAME", "ID");
        images.forEach(i -> table.row(i.slug(), i.distribution(), i.name(), i.id()));
        table.print(session.out());
        return ExitCodes.OK;
    }
}
