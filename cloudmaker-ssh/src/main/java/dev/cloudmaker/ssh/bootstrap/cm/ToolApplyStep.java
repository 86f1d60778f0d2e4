package dev.cloudmaker.ssh.bootstrap.cm;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Puts the role's playbook, manifest, state or recipe on the server and runs the tool on it. The tool
 * decides idempotency: a run that changes nothing is OK, so a second bootstrap reports no change.
 */
public final class ToolApplyStep implements Step {
    private static final Duration TIMEOUT = Duration.ofMinutes(60);
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ConfigManagementTool tool;
    private final String file;
    private final byte[] content;

    /** {@code localName} is the file name the role gave, {@code content} its bytes. */
    public ToolApplyStep(ConfigManagementTool tool, String localName, byte[] content) {
        this.tool = tool;
        this.file = tool.remoteName(localName);
        if (!FILE_NAME.matcher(file).matches()) {
            throw new IllegalArgumentException("a " + tool.name() + " file name may hold letters, digits, . _ -: " + localName);
        }
        this.content = content.clone();
    }

    @Override
    public String name() {
        return tool.name() + " " + file;
    }

    @Override
    public StepResult apply(RemoteHost host) {
        List<String> changes = new ArrayList<>();
        String remote = tool.directory() + "/" + file;
        if (host.files().put(remote, content, "0600", "root")) {
            changes.add("uploaded " + remote);
        }
        String command = tool.applyCommand(file);
        CommandResult run = host.sudo(command, TIMEOUT);
        OptionalInt changed = tool.changes(run);
        if (changed.isEmpty()) {
            throw new CommandFailedException(host.server(), command, run, tool.name() + " failed");
        }
        if (changed.getAsInt() > 0) {
            changes.add(tool.name() + " changed " + changed.getAsInt());
        }
        return StepResult.of(name(), changes, tool.name() + " changed nothing");
    }
}
