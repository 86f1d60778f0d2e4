package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.UsageException;
import dev.cloudmaker.cli.CloudmakerCommand;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Serves an installed emulator ({@link EmulatorFactory}) until stopped. Its first line is {@code listening on URL},
 * then one {@code export NAME=VALUE} per variable the cloud's clients read (values shell-quoted), written at once,
 * so {@code eval} of all lines but the first points those clients at it. See docs/emulators.md.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = {"Serve a local, stateful emulator of a cloud's API on 127.0.0.1 until stopped (Ctrl-C).",
                "Prints \"listening on URL\", then export lines for the cloud's clients, all at once:",
                "  cloudmaker emulator TYPE > emulator.env &",
                "  eval \"$(tail -n +2 emulator.env)\"       # once emulator.env has filled",
                "Point cloudmaker at it with those variables or --api-url; --sandbox runs one in-process instead.",
                "See docs/emulators.md."})
public final class EmulatorCommand implements Callable<Integer> {
    @ParentCommand
    CloudmakerCommand root;

    @Parameters(index = "0", paramLabel = "TYPE", description = "The cloud to emulate: one of the emulators below.")
    String type;

    @Option(names = EmulatorOption.PORT, paramLabel = "N", description = "Port on 127.0.0.1 (default: a free one).")
    Integer port;

    @Option(names = EmulatorOption.STATE, paramLabel = "FILE", description = "Keep the account in this file across restarts.")
    Path state;

    @Option(names = EmulatorOption.BOOT_DELAY, paramLabel = "DUR", description = "Time from create to active (default: 3s).")
    Duration bootDelay;

    @Option(names = EmulatorOption.LATENCY, paramLabel = "DUR", description = "Added to every answer (default: none).")
    Duration latency;

    @Option(names = EmulatorOption.RATE_LIMIT, paramLabel = "N", description = "Requests a minute per credential; 0 turns it off (default: 250).")
    Integer rateLimit;

    @Option(names = EmulatorOption.FAULT, paramLabel = "SPEC", description = "Inject a fault, e.g. 503@droplets=0.2; repeatable.")
    List<String> faults;

    @Option(names = EmulatorOption.SEED, paramLabel = "N", description = "Seeds probabilistic faults, ids and addresses (default: 0).")
    Long seed;

    @Option(names = EmulatorOption.ACCOUNT, paramLabel = "NAME", description = "The emulated account's login, for clouds whose API names it.")
    String account;

    @Option(names = EmulatorOption.KEY, paramLabel = "FILE", description = "An OpenSSH public key file to put in the account; repeatable.")
    List<Path> keys;

    @Option(names = EmulatorOption.USER, paramLabel = "NAME", description = "The user clients log in as, for clouds with user logins.")
    String user;

    @Option(names = EmulatorOption.PASSWORD, paramLabel = "TEXT", description = "That user's password.")
    String password;

    @Option(names = EmulatorOption.PROJECT, paramLabel = "NAME", description = "The project the user works in.")
    String project;

    @Option(names = EmulatorOption.REGION, paramLabel = "NAME", description = "The region the emulator serves.")
    String region;

    /** Lists the installed emulators and the options each takes below the generic help. */
    @Spec
    void describeInstalled(CommandSpec spec) {
        int width = spec.usageMessage().width();
        List<String> footer = new ArrayList<>(List.of("", "Emulators:"));
        for (EmulatorFactory f : EmulatorFactory.installed()) {
            TextTable type = table(width, 16, 2);
            type.addRowValues(f.type(), f.description());
            TextTable options = table(width, 24, 6);
            f.options().forEach(o -> options.addRowValues(o.flag() + " " + o.label(), o.description()));
            for (TextTable t : List.of(type, options)) {
                t.toString().lines().map(String::stripTrailing).map(l -> l.replace("%", "%%")).forEach(footer::add);
            }
        }
        spec.usageMessage().footer(footer.toArray(String[]::new));
    }

    /** Two columns, the second wrapped within the help's width and indented under itself. */
    private static TextTable table(int width, int first, int indent) {
        return TextTable.forColumns(Help.defaultColorScheme(Help.Ansi.OFF), new Column(first, indent, Column.Overflow.SPAN),
                new Column(width - first, 1, Column.Overflow.WRAP));
    }

    @Override
    public Integer call() throws InterruptedException {
        EmulatorFactory factory = EmulatorFactory.find(type).orElseThrow(() -> new UsageException(
                "no emulator for \"" + type + "\"; installed: " + installedTypes()));
        refuseOptionsNotTaken(factory);
        RunningEmulator emulator;
        try {
            emulator = factory.start(options());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        if (root.json().enabled()) {
            ObjectNode doc = Json.object().put("url", emulator.url().toString());
            ArrayNode environment = doc.putArray("environment");
            emulator.clientEnvironment().forEach((name, value) -> environment.addObject().put("name", name).put("value", value));
            root.json().write(doc);
        } else {
            // one write, so whoever waits for the file to fill reads every line
            StringBuilder lines = new StringBuilder("listening on " + emulator.url() + "\n");
            emulator.clientEnvironment().forEach((name, value) ->
                    lines.append("export ").append(name).append('=').append(ShellQuote.quote(value)).append('\n'));
            PrintStream out = root.out();
            out.print(lines);
            out.flush();
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private EmulatorOptions options() {
        EmulatorOptions o = EmulatorOptions.defaults();
        o = port == null ? o : o.withPort(port);
        o = state == null ? o : o.withStateFile(state);
        o = bootDelay == null ? o : o.withBootDelay(bootDelay);
        o = latency == null ? o : o.withLatency(latency);
        o = rateLimit == null ? o : o.withRateLimitPerMinute(rateLimit);
        o = faults == null ? o : o.withFaults(faults);
        o = account == null ? o : o.withAccount(account);
        o = keys == null ? o : o.withKeyFiles(keys);
        o = user == null ? o : o.withUser(user);
        o = password == null ? o : o.withPassword(password);
        o = project == null ? o : o.withProject(project);
        o = region == null ? o : o.withRegion(region);
        return seed == null ? o : o.withSeed(seed);
    }

    /** An option the type ignores would silently do nothing: say so instead. */
    private void refuseOptionsNotTaken(EmulatorFactory factory) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put(EmulatorOption.PORT, port);
        given.put(EmulatorOption.STATE, state);
        given.put(EmulatorOption.BOOT_DELAY, bootDelay);
        given.put(EmulatorOption.LATENCY, latency);
        given.put(EmulatorOption.RATE_LIMIT, rateLimit);
        given.put(EmulatorOption.FAULT, faults);
        given.put(EmulatorOption.SEED, seed);
        given.put(EmulatorOption.ACCOUNT, account);
        given.put(EmulatorOption.KEY, keys);
        given.put(EmulatorOption.USER, user);
        given.put(EmulatorOption.PASSWORD, password);
        given.put(EmulatorOption.PROJECT, project);
        given.put(EmulatorOption.REGION, region);
        Set<String> taken = factory.options().stream().map(EmulatorOption::flag).collect(Collectors.toSet());
        given.forEach((flag, value) -> {
            if (value != null && !taken.contains(flag)) {
                throw new UsageException("the " + type + " emulator does not take " + flag + "; it takes "
                        + factory.options().stream().map(EmulatorOption::flag).collect(Collectors.joining(", ")));
            }
        });
    }

    private static String installedTypes() {
        List<EmulatorFactory> installed = EmulatorFactory.installed();
        return installed.isEmpty() ? "none" : installed.stream().map(EmulatorFactory::type).collect(Collectors.joining(", "));
    }
}
