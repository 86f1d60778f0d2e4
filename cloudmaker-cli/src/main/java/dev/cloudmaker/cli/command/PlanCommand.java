package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.PlanView;
import dev.cloudmaker.cli.view.ProgressPrinter;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanCodec;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show what provision would change; nothing is touched. The plan can be saved and applied later.")
public final class PlanCommand extends SessionCommand {
    @Option(names = "--out", paramLabel = "FILE", description = "Save the plan; `cloudmaker provision FILE` applies exactly it.")
    Path out;

    @Option(names = "--detailed-exitcode", description = "Exit 2 when there are changes, or drift that waits for --replace;"
            + " 0 when the cloud matches the definition.")
    boolean detailedExitCode;

    @Option(names = "--replace", paramLabel = "NAME", description = "Allow replacing this server when its region, image or provider changed.")
    List<String> replace = List.of();

    @Option(names = "--adopt", description = "Import the servers outside every namespace that bear a declared server's name"
            + " (made before cloudmaker, or by hand) instead of stopping at them; the plan lists each.")
    boolean adopt;

    @Option(names = "--create-zones", description = "Plan creating the DNS zones the names need that the DNS provider's"
            + " account lacks, where a zone costs money or must be delegated first; without it such a plan stops and names"
            + " them. Where zones are free, missing ones are always planned.")
    boolean createZones;

    @Override
    int run(Session session) {
        Plan plan = session.operations(EngineSettings.defaults().withCreateZones(createZones),
                        new ProgressPrinter(session.err(), session.style()))
                .planProvision(new LinkedHashSet<>(replace), adopt);
        if (session.options().json()) {
            session.json().write(PlanCodec.toJson(plan));
        } else {
            new PlanView(session.style()).print(plan, session.out());
        }
        if (out != null) {
            Path file = session.workspace().dir().resolve(out);
            PlanCodec.write(plan, file);
            session.err().println("Saved the plan to " + file + "; `cloudmaker provision " + out + "` applies exactly it.");
        }
        return detailedExitCode && !plan.matchesDefinition() ? ExitCodes.CHANGES_PRESENT : ExitCodes.OK;
    }
}
