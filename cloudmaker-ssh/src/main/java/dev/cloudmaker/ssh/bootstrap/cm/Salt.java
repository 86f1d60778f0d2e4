package dev.cloudmaker.ssh.bootstrap.cm;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.Distro;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Salt masterless: salt-call --local applies one state file from our directory as the file root.
 * Debian does not package Salt, so salt-bootstrap installs it (-X: no daemons, there is no master).
 */
public final class Salt implements ConfigManagementTool {
    public static final String SCRIPT_URL = "https://github.com/saltstack/salt-bootstrap/releases/latest/download/bootstrap-salt.sh";
    private static final Pattern SUCCEEDED = Pattern.compile("(?m)^Succeeded:\\s*\\d+\\s*\\(changed=(\\d+)\\)");
    private static final Pattern FAILED = Pattern.compile("(?m)^Failed:\\s*(\\d+)");

    @Override
    public String name() {
        return "salt";
    }

    @Override
    public List<String> packages(Distro distro) {
        return ScriptInstall.downloadPackages(distro);
    }

    @Override
    public String program() {
        return "salt-call";
    }

    @Override
    public Optional<String> installCommand() {
        return Optional.of(ScriptInstall.command(SCRIPT_URL, "bootstrap-salt.sh", "-X"));
    }

    @Override
    public String remoteName(String localName) {
        return stem(localName) + ".sls";
    }

    @Override
    public String applyCommand(String file) {
        return "salt-call --local --retcode-passthrough --file-root=" + quote(directory()) + " state.apply " + quote(stem(file));
    }

    @Override
    public OptionalInt changes(CommandResult run) {
        Matcher failed = FAILED.matcher(run.stdout());
        if (!run.ok() || (failed.find() && Integer.parseInt(failed.group(1)) > 0)) {
            return OptionalInt.empty();
        }
        Matcher m = SUCCEEDED.matcher(run.stdout());
        return OptionalInt.of(m.find() ? Integer.parseInt(m.group(1)) : 0);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
