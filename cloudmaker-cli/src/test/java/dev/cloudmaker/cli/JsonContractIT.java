package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.cli.output.ErrorKind;
import dev.cloudmaker.cli.output.JsonOutput;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.plan.Plan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The --json contract: every command, in the sandbox, prints exactly one JSON document on stdout, whose
 * keys are snake_case and which starts with format_version; a failure prints the error document with the
 * exit code unchanged. The commands are enumerated from picocli, so a new one cannot be left out.
 */
class JsonContractIT {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    /** Help is text for people, like --help and --version; the user guide says so. */
    private static final Set<String> NOT_COMMANDS = Set.of("help");
    private static final Set<String> ERROR_KINDS = new TreeSet<>(Arrays.stream(ErrorKind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).toList());

    @TempDir
    Path dir;

    @BeforeEach
    void definition() throws IOException {
        Fixture.write(dir, "dop_v1_unused");
        Files.writeString(dir.resolve("alice.pub"), Fixture.publicKey(21) + " alice@laptop\n");
        Files.writeString(dir.resolve("notes.txt"), "hello\n");
    }

    private CliRun json(String... args) {
        List<String> all = new ArrayList<>(List.of("-C", dir.toString(), "--sandbox", "--json"));
        all.addAll(List.of(args));
        return CliRun.of(Map.of(), all.toArray(String[]::new));
    }

    @Test
    void everyCommandPrintsOneDocumentWithFormatVersionAndSnakeCaseKeys() throws Exception {
        // in order: each leaves the sandbox as the next one needs it
        Map<String, List<String>> runs = new LinkedHashMap<>();
        runs.put("validate", List.of());
        runs.put("regions", List.of());
        runs.put("sizes", List.of());
        runs.put("images", List.of());
        runs.put("plan", List.of());
        runs.put("provision", List.of("--yes"));
        runs.put("inventory", List.of());
        runs.put("list", List.of());
        runs.put("show", List.of("server1"));
        runs.put("stop", List.of("server1", "--wait"));
        runs.put("start", List.of("server1"));
        runs.put("reboot", List.of("server2"));
        runs.put("resize", List.of("server2", "s-2vcpu-4gb"));
        runs.put("image", List.of("server1", "--as", "golden"));
        runs.put("recreate", List.of("server1", "--from", "golden", "--yes"));
        runs.put("image delete", List.of("golden"));
        runs.put("import", List.of("legacy", "999999"));
        runs.put("keys add", List.of("alice", dir.resolve("alice.pub").toString()));
        runs.put("keys list", List.of());
        runs.put("keys sync", List.of());
        runs.put("keys remove", List.of("alice"));
        runs.put("bootstrap", List.of());
        runs.put("ssh", List.of("server1", "--", "uptime"));
        runs.put("exec", List.of("--all", "--", "uptime"));
        runs.put("scp", List.of("server1", dir.resolve("notes.txt").toString(), ":/tmp/"));
        runs.put("rsync", List.of("server1", "-a", dir.resolve("notes.txt").toString(), ":/tmp/"));
        runs.put("unlock", List.of());
        runs.put("history show", List.of("0000000000")); // `history` itself: theDocumentsSayWhatHappenedInFields
        runs.put("backend init", List.of());
        runs.put("backend push", List.of());
        runs.put("terminate", List.of("server2", "--yes"));
        runs.put("destroy", List.of("--yes"));
        runs.put("emulator", List.of("digitalocean"));
        assertThat(runs.keySet()).as("every command has a run here").containsExactlyInAnyOrderElementsOf(commands());

        Map<String, Integer> exitCodes = new LinkedHashMap<>();
        for (var run : runs.entrySet()) {
            List<String> args = new ArrayList<>(Arrays.asList(run.getKey().split(" ")));
            args.addAll(run.getValue());
            CliRun result = run.getKey().equals("emulator") ? emulator(args) : json(args.toArray(String[]::new));
            JsonNode doc = oneDocument(run.getKey(), result);
            exitCodes.put(run.getKey(), result.exitCode());
            if (result.exitCode() != 0) {
                assertError(run.getKey(), doc, result.exitCode());
            } else {
                assertThat(doc.has("error")).as("%s succeeded without an error document: %s", run.getKey(), result.all()).isFalse();
            }
        }
        // the sandbox's servers are no machines to log in to: those commands fail, with the error document
        assertThat(exitCodes).as("exit codes").containsEntry("provision", 0).containsEntry("recreate", 0).containsEntry("destroy", 0)
                .containsEntry("keys add", 0).containsEntry("bootstrap", 1).containsEntry("keys sync", 1).containsEntry("import", 1);
    }

    @Test
    void theDocumentsSayWhatHappenedInFields() {
        assertThat(oneDocument("list", json("list")).get("servers").isArray()).as("an empty list is still a list").isTrue();

        JsonNode plan = oneDocument("plan", json("plan"));
        assertThat(plan.get("format_version").asInt()).isEqualTo(Plan.FORMAT_VERSION);
        assertThat(plan.get("kind").asText()).isEqualTo("provision");
        assertThat(plan.get("actions").findValuesAsText("action")).contains("create_server", "upload_key");

        JsonNode provision = oneDocument("provision", json("provision", "--yes"));
        assertThat(provision.get("outcome").asText()).isEqualTo("applied");
        assertThat(provision.get("servers").findValuesAsText("name")).containsExactlyInAnyOrder("server1", "server2");
        assertThat(oneDocument("provision", json("provision", "--yes")).get("outcome").asText()).isEqualTo("unchanged");

        JsonNode history = oneDocument("history", json("history", "--last", "1"));
        assertThat(history.get("runs")).hasSize(1);
        JsonNode latest = history.get("runs").get(0);
        assertThat(latest.get("plan_summary").asText()).isEqualTo("Plan: 0 to add, 0 to change, 0 to destroy.");
        JsonNode shown = oneDocument("history show", json("history", "show", latest.get("id").asText())).get("run");
        assertThat(shown.get("result").asText()).isEqualTo("exit 0");
        assertThat(shown.get("plan").get("kind").asText()).isEqualTo("provision");
        assertThat(shown.get("plan").get("actions")).isEmpty();

        JsonNode list = oneDocument("list", json("list"));
        assertThat(list.get("format_version").asInt()).isEqualTo(JsonOutput.FORMAT_VERSION);
        assertThat(list.get("servers").findValuesAsText("name")).containsExactly("server1", "server2");

        JsonNode stop = oneDocument("stop", json("stop", "server1", "server2", "--wait"));
        assertThat(stop.get("action").asText()).isEqualTo("stop");
        assertThat(stop.get("servers").findValuesAsText("outcome")).containsExactly("done", "done");
        JsonNode again = oneDocument("stop", json("stop", "server1"));
        assertThat(again.get("servers").get(0).get("outcome").asText()).isEqualTo("unchanged");

        JsonNode sizes = oneDocument("sizes", json("sizes"));
        assertThat(sizes.get("sizes").get(0).has("price_monthly")).isTrue();

        JsonNode inventory = oneDocument("inventory", json("inventory"));
        assertThat(inventory.get("servers").get(0).get("name").asText()).isEqualTo("server1");
        assertThat(inventory.get("servers").get(0).get("names").isArray()).isTrue();
        assertThat(inventory.get("servers").get(0).get("public_network_interfaces").has("ipv4")).isTrue();
    }

    @Test
    void failuresPrintTheErrorDocumentWithTheExitCodeUnchanged() throws IOException {
        CliRun usage = json("list", "--bogus");
        assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(oneDocument("list --bogus", usage).get("error").get("kind").asText()).isEqualTo("usage");

        CliRun unknown = json("show", "nosuch");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(oneDocument("show nosuch", unknown).get("error").get("message").asText()).contains("nosuch");

        CliRun notConfirmed = json("provision");
        assertThat(notConfirmed.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(oneDocument("provision", notConfirmed).get("error").get("kind").asText()).isEqualTo("not_confirmed");

        Files.writeString(dir.resolve("cloud.json"), Fixture.CLOUD.replace("\"backups\" : false", "\"backups\" : \"no\""));
        CliRun config = json("validate");
        assertThat(config.exitCode()).isEqualTo(ExitCodes.ERROR);
        JsonNode error = oneDocument("validate", config).get("error");
        assertThat(error.get("kind").asText()).isEqualTo("config");
        assertThat(error.get("diagnostics").get(0).get("pointer").asText()).isEqualTo("/server1/backups");
        assertThat(error.get("diagnostics").get(0).get("line").asInt()).isPositive();
    }

    @Test
    void thePlanPrintedWithJsonIsAPlanProvisionApplies() throws IOException {
        CliRun plan = json("plan");
        Files.writeString(dir.resolve("saved.json"), plan.out());

        CliRun provision = json("provision", "saved.json");

        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(oneDocument("provision", provision).get("outcome").asText()).isEqualTo("applied");
    }

    /** The commands a user can run: picocli's tree, leaves only (a group like `keys` only shows its usage). */
    private static List<String> commands() {
        CommandLine root = new CommandLine(new CloudmakerCommand(Map.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream())));
        List<String> names = new ArrayList<>();
        collect(root, "", names);
        return names;
    }

    private static void collect(CommandLine command, String prefix, List<String> names) {
        for (var sub : command.getSubcommands().entrySet()) {
            CommandLine child = sub.getValue();
            String name = prefix + child.getCommandName();
            if (!sub.getKey().equals(child.getCommandName()) || NOT_COMMANDS.contains(name) || names.contains(name)) {
                continue; // an alias, or seen
            }
            // a group runs alone only when it takes arguments of its own (`image SERVER` beside `image delete`)
            if (child.getSubcommands().isEmpty() || !child.getCommandSpec().positionalParameters().isEmpty()) {
                names.add(name);
            }
            collect(child, name + " ", names);
        }
    }

    /** The long-running emulator as a process: its document comes first, then it serves until stopped. */
    private CliRun emulator(List<String> args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--json"));
        all.addAll(args);
        JarProcess jar = JarProcess.start(Files.createDirectories(dir.resolve("logs")), Map.of(), all.toArray(String[]::new));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> jar.out().trim().endsWith("}"));
            return new CliRun(0, jar.out(), jar.err());
        } finally {
            jar.process().destroy();
            assertThat(jar.process().waitFor(30, TimeUnit.SECONDS)).as("the emulator stops on SIGTERM").isTrue();
        }
    }

    /** stdout holds one JSON object and nothing else; its keys are snake_case and it says its format. */
    private static JsonNode oneDocument(String command, CliRun run) {
        JsonNode doc;
        try (JsonParser parser = Json.MAPPER.createParser(run.out())) {
            doc = parser.readValueAsTree();
            assertThat(doc).as("%s printed a document: %s", command, run.all()).isNotNull();
            assertThat(parser.nextToken()).as("%s printed one document only: %s", command, run.out()).isNull();
        } catch (IOException e) {
            throw new AssertionError(command + " printed no JSON on stdout: " + run.all(), e);
        }
        assertThat(doc.isObject()).as("%s: a document is an object", command).isTrue();
        assertThat(doc.fieldNames().next()).as("%s: format_version comes first", command).isEqualTo("format_version");
        assertThat(doc.get("format_version").isInt()).as("%s: format_version is a number", command).isTrue();
        assertThat(keys(doc)).as("%s: every key is snake_case", command).allMatch(k -> SNAKE_CASE.matcher(k).matches());
        return doc;
    }

    private static void assertError(String command, JsonNode doc, int exitCode) {
        JsonNode error = doc.get("error");
        assertThat(error).as("%s failed (exit %d): the error document", command, exitCode).isNotNull();
        assertThat(error.get("kind").asText()).as("%s: kind", command).isIn(ERROR_KINDS);
        assertThat(error.get("message").asText()).as("%s: message", command).isNotBlank();
        assertThat(error.get("exit_code").asInt()).as("%s: the exit code, unchanged", command).isEqualTo(exitCode);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                keys.add(k);
                keys.addAll(keys(node.get(k)));
            }
        } else if (node.isArray()) {
            node.forEach(n -> keys.addAll(keys(n)));
        }
        return keys;
    }
}
