package dev.cloudmaker.ssh.bootstrap;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.ssh.CommandResult;
import java.util.ArrayList;
import java.util.List;

/** A command ended with an exit code the step cannot go on from. */
public class CommandFailedException extends RemoteCommandException {
    private static final int TAIL_LINES = 15;
    private static final int LINE_CHARS = 300;

    private final String command;
    private final transient CommandResult result;

    public CommandFailedException(String server, String command, CommandResult result) {
        this(server, command, result, null);
    }

    public CommandFailedException(String server, String command, CommandResult result, String why) {
        super(server, (why == null ? "" : why + ": ") + command + " exited " + result.exitCode());
        this.command = command;
        this.result = result;
    }

    /** The command as the step wrote it, without the sudo wrapper. */
    public String command() {
        return command;
    }

    public CommandResult result() {
        return result;
    }

    /** The last lines the command printed (stdout, then stderr), each cut short: enough to see why. */
    public String outputTail() {
        return tail(result);
    }

    /** The last lines {@code result} printed, as {@link #outputTail()} gives them. */
    public static String tail(CommandResult result) {
        List<String> lines = new ArrayList<>();
        for (String text : List.of(result.stdout(), result.stderr())) {
            text.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        return String.join("\n", last.stream()
                .map(l -> l.length() > LINE_CHARS ? l.substring(0, LINE_CHARS) + "…" : l)
                .toList());
    }
}
