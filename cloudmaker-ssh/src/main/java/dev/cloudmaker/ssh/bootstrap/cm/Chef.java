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
 * Chef through Cinc, its community build, in local mode with one recipe file. Distributions do not
 * package it; the omnitruck script installs the omnibus package.
 */
public final class Chef implements ConfigManagementTool {
    public static final String SCRIPT_URL = "https://omnitruck.cinc.sh/install.sh";
    private static final Pattern UPDATED = Pattern.compile("(\\d+)/\\d+ resources updated");

    @Override
    public String name() {
        return "chef";
    }

    @Override
    public List<String> packages(Distro distro) {
        return ScriptInstall.downloadPackages(distro);
    }

    @Override
    public String program() {
        return "cinc-client";
    }

    @Override
    public Optional<String> installCommand() {
        return Optional.of(ScriptInstall.command(SCRIPT_URL, "cinc-install.sh", ""));
    }

    @Override
    public String applyCommand(String file) {
        // Local mode keeps its node data in the working directory: keep it next to the recipe.
        return "cd " + quote(directory()) + " && cinc-client --local-mode " + quote(file);
    }

    @Override
    public OptionalInt changes(CommandResult run) {
        if (!run.ok()) {
            return OptionalInt.empty();
        }
        Matcher m = UPDATED.matcher(run.stdout());
        return OptionalInt.of(m.find() ? Integer.parseInt(m.group(1)) : 0);
    }
}
