package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ServerAccess;
import dev.cloudmaker.cli.ServerSelector;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.SystemClient;
import dev.cloudmaker.core.spi.CloudServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

@Command(name = "ssh", mixinStandardHelpOptions = true, modelTransformer = ArgumentsAfterName.class,
        description = {"Log in to a server with the system's ssh client, as the admin user, checking the host key "
                + "cloudmaker pinned in known_hosts; with a COMMAND, run it there instead of a shell.",
                "Examples: cloudmaker ssh server1; cloudmaker ssh web -- sudo journalctl -u nginx"})
public final class SshCommand extends SessionCommand {
    /** ssh's exit code for its own failures (a remote command may exit with it too). */
    private static final int SSH_FAILED = 255;

    @Parameters(index = "0", paramLabel = "NAME", description = "The server: its name, or a role only it plays.")
    String name;

    @Parameters(index = "1..*", paramLabel = "COMMAND", description = "A command to run instead of a login shell (after NAME, or after --).")
    List<String> command = List.of();

    @Override
    int run(Session session) {
        SystemClient.require("ssh", root.env());
        ServerAccess access = new ServerAccess(session);
        CloudServer server = ServerSelector.of(session).one(name);
        int port = access.prepareClient(server);
        List<String> argv = new ArrayList<>(List.of("ssh"));
        argv.addAll(access.clientOptions(server, true));
        argv.addAll(List.of("-p", Integer.toString(port), access.destination(server, false)));
        argv.addAll(ArgumentsAfterName.of(command));
        int code = SystemClient.run(argv, session.out(), session.err());
        if (code == SSH_FAILED) {
            access.whyNoLogin(server).ifPresent(why -> session.err().println(session.style().error("cloudmaker: ") + why));
        }
        ClientExit.write(session, server, code);
        return code;
    }
}
