package dev.cloudmaker.cli.command;

import java.util.List;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * For commands that hand their arguments to another program ({@code ssh NAME ls -la},
 * {@code rsync NAME -av src :dest}): everything after the server's name is that program's, even what
 * looks like one of cloudmaker's options ({@code -C}, {@code -v}).
 */
public final class ArgumentsAfterName implements IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
        spec.parser().stopAtPositional(true);
        return spec;
    }

    /** The arguments without a leading {@code --}, which then only separates them from the name. */
    static List<String> of(List<String> afterName) {
        return !afterName.isEmpty() && afterName.getFirst().equals("--") ? afterName.subList(1, afterName.size()) : afterName;
    }
}
