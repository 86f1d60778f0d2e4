package dev.cloudmaker.ssh.bootstrap.step;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until cloud-init has finished: until then it may still be creating users, writing the apt
 * proxy, or holding the package lock, and the bootstrap would race it.
 *
 * <p>{@code cloud-init status --wait} costs a Python start of about half a second of the server's
 * CPU, most of a re-run's cost there. So one shell command reads cloud-init's own summary,
 * {@value #RESULT} (written when its last stage ends; {@code /run} is emptied at boot), once it
 * exists, waiting first for systemd to finish booting when it does not yet; only where there is
 * still no summary after that (cloud-init disabled, no systemd) does it ask cloud-init itself.
 */
public final class CloudInitStep implements Step {
    public static final String RESULT = "/run/cloud-init/result.json";
    public static final String STATUS = "cloud-init status --wait";
    /** Prints what it found on its first line ({@code absent}, {@code result} or {@code status}), then its output. */
    public static final String WAIT = "if ! command -v cloud-init >/dev/null 2>&1; then echo absent; "
            + "elif [ -e " + RESULT + " ] || { [ -d /run/systemd/system ] && systemctl is-system-running --wait >/dev/null 2>&1; "
            + "[ -e " + RESULT + " ]; }; then echo result; cat " + RESULT + "; "
            + "else echo status; " + STATUS + "; fi";
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    @Override
    public String name() {
        return "cloud-init";
    }

    @Override
    public StepResult apply(RemoteHost host) {
        CommandResult r = host.sudo(WAIT, TIMEOUT);
        String out = r.stdout();
        int firstLine = out.indexOf('\n');
        String found = firstLine < 0 ? out.strip() : out.substring(0, firstLine);
        String rest = firstLine < 0 ? "" : out.substring(firstLine + 1);
        return switch (found) {
            case "absent" -> StepResult.skipped(name(), "cloud-init is not installed");
            case "result" -> fromSummary(host, r, rest);
            case "status" -> fromStatus(host, new CommandResult(r.exitCode(), rest, r.stderr()));
            default -> throw new CommandFailedException(host.server(), WAIT, r, "could not read cloud-init's state");
        };
    }

    /** cloud-init's summary: {"v1": {"errors": [...], "recoverable_errors": {"WARNING": [...]}}} (the latter from 23.4). */
    private StepResult fromSummary(RemoteHost host, CommandResult r, String json) {
        JsonNode v1;
        try {
            v1 = Json.MAPPER.readTree(json).path("v1");
        } catch (JsonProcessingException e) {
            throw new CommandFailedException(host.server(), WAIT, r, RESULT + " is not the JSON cloud-init writes");
        }
        List<String> errors = texts(v1.path("errors"));
        if (!errors.isEmpty()) {
            throw new CommandFailedException(host.server(), WAIT, r, "cloud-init failed: " + String.join("; ", errors));
        }
        List<String> recoverable = new ArrayList<>();
        v1.path("recoverable_errors").properties().forEach(level -> texts(level.getValue()).forEach(t -> recoverable.add(level.getKey() + ": " + t)));
        return recoverable.isEmpty() ? finished() : finishedWithRecoverableErrors(String.join("; ", recoverable));
    }

    private StepResult fromStatus(RemoteHost host, CommandResult r) {
        return switch (r.exitCode()) {
            case 0 -> finished();
            // 2 (cloud-init 23.4 and later): done, but some module reported an error it recovered from.
            case 2 -> finishedWithRecoverableErrors(CommandFailedException.tail(r).replace('\n', ' '));
            default -> throw new CommandFailedException(host.server(), STATUS, r, "cloud-init failed");
        };
    }

    private StepResult finished() {
        return StepResult.ok(name(), "cloud-init has finished");
    }

    private StepResult finishedWithRecoverableErrors(String errors) {
        return StepResult.ok(name(), "warning: cloud-init finished with recoverable errors: " + errors);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText().strip()));
        return texts;
    }
}
