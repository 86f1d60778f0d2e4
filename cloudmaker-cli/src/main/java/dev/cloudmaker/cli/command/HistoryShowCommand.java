package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.CommandFailure;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.output.ErrorKind;
import dev.cloudmaker.cli.view.PlanView;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.RunRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"One run of the history, by the id `cloudmaker history` lists: who ran which command where and when,"
                + " the full plan it made and its result (the exit code, or the error it ended with)."})
public final class HistoryShowCommand implements Callable<Integer> {
    @ParentCommand
    HistoryCommand history;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The run's id, as `cloudmaker history` lists it.")
    String id;

    @Override
    public Integer call() {
        try (Session session = history.root.session(); Lease none = session.lockFor(Commands.typed(spec))) {
            RunRecord run = session.state().runs().find(id).orElseThrow(() -> new CommandFailure(ErrorKind.FAILED, ExitCodes.ERROR,
                    "the history has no run " + id + ": `cloudmaker history` lists the runs with their ids"));
            JsonNode plan = run.plan() == null || run.plan().document() == null ? null : parse(run.plan().document());
            if (session.options().json()) {
                ObjectNode doc = Json.object();
                ObjectNode n = doc.putObject("run").setAll(HistoryCommand.json(run));
                n.set("plan", plan);
                session.json().write(doc);
                return ExitCodes.OK;
            }
            PrintStream out = session.out();
            out.println("Run " + run.id() + ": `" + run.command() + "` by " + run.user() + "@" + run.host() + " (pid " + run.pid() + ")");
            out.println("Started   " + HistoryCommand.time(run.start()) + ", ended " + HistoryCommand.time(run.end())
                    + " (took " + HistoryCommand.duration(run.start(), run.end()) + ")");
            out.println("Outcome   " + run.outcome().name().toLowerCase(Locale.ROOT) + (run.result() == null ? "" : " (" + run.result() + ")"));
            if (run.plan() == null) {
                out.println("Plan      none recorded (the run made no plan, or ran before plans were kept)");
                return ExitCodes.OK;
            }
            if (plan == null) {
                out.println("Plan      " + run.plan().summary() + " (the full plan is kept for the latest runs only)");
                return ExitCodes.OK;
            }
            out.println();
            Plan shown = asPlan(plan);
            if (shown != null) {
                new PlanView(session.style()).print(shown, out);
            } else {
                out.println(run.plan().summary());
                out.println(plan.toPrettyString());
            }
            return ExitCodes.OK;
        }
    }

    private static JsonNode parse(String document) {
        try {
            return Json.MAPPER.readTree(document);
        } catch (IOException e) {
            return Json.object().put("unreadable", e.getMessage());
        }
    }

    /** The plan, when it is of the format this cloudmaker writes (one of another version is shown as JSON). */
    private static Plan asPlan(JsonNode plan) {
        if (plan.path("format_version").asInt(0) != Plan.FORMAT_VERSION) {
            return null;
        }
        try {
            return Json.DOCUMENTS.treeToValue(plan, Plan.class);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
