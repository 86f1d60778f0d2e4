package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.state.RunRecord;
import dev.cloudmaker.core.time.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true, subcommands = HistoryShowCommand.class,
        description = {"The runs that held the definition's lock, newest first: their id, when, who, where, which command, how it"
                + " ended, how long it took and the plan's summary. Kept in .cloudmaker/runs.jsonl, or in the shared backend"
                + " when one is named.",
                "`cloudmaker history show ID` shows one run with its full plan and its result."})
public final class HistoryCommand extends SessionCommand {
    @Option(names = "--last", paramLabel = "N", defaultValue = "20",
            description = "How many runs to show (default: 20).")
    int last;

    @Override
    int run(Session session) {
        List<RunRecord> runs = session.state().runs().recent(Math.max(1, last));
        if (session.options().json()) {
            ObjectNode doc = Json.object();
            ArrayNode array = doc.putArray("runs");
            runs.forEach(r -> array.add(json(r)));
            session.json().write(doc);
            return ExitCodes.OK;
        }
        if (runs.isEmpty()) {
            session.out().println("No run has been recorded yet.");
            return ExitCodes.OK;
        }
        String row = "%-10s  %-20s  %-24s  %-10s  %-9s  %-28s  %s%n";
        session.out().printf(row, "ID", "STARTED", "WHO", "OUTCOME", "DURATION", "COMMAND", "PLAN");
        for (RunRecord r : runs) {
            session.out().printf(row, r.id(), time(r.start()), r.user() + "@" + r.host(), r.outcome().name().toLowerCase(Locale.ROOT),
                    duration(r.start(), r.end()), r.command(), r.planSummary().replaceFirst("^Plan: ", ""));
        }
        return ExitCodes.OK;
    }

    /** One run as the documents of {@code history} and {@code history show} give it; the full plan only when asked. */
    static ObjectNode json(RunRecord r) {
        ObjectNode n = Json.object();
        n.put("id", r.id()).put("command", r.command()).put("user", r.user()).put("host", r.host()).put("pid", r.pid())
                .put("start", r.start() == null ? null : r.start().toString()).put("end", r.end() == null ? null : r.end().toString())
                .put("outcome", r.outcome().name().toLowerCase(Locale.ROOT))
                .put("plan_summary", r.plan() == null ? null : r.plan().summary()).put("result", r.result());
        return n;
    }

    static String time(Instant t) {
        return t == null ? "?" : t.toString().replaceFirst("\\.\\d+Z$", "Z");
    }

    static String duration(Instant start, Instant end) {
        return start == null || end == null ? "-" : Durations.format(Duration.between(start, end).withNanos(0));
    }
}
