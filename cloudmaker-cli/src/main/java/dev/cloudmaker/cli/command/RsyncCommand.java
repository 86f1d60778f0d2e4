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

@Command(name = "rsync", mixinStandardHelpOptions = true, modelTransformer = ArgumentsAfterName.class,
        description = {"Run the system's rsync to or from a server, as the admin user over ssh with the pinned host key. "
                + "Write paths on the server with a leading ':' and no host (cgcloud's syntax); every other argument goes "
                + "to rsync as it is.",
                "Examples: cloudmaker rsync server1 -av ~/stuff :dest; cloudmaker rsync web -a :/var/log/nginx/ logs/"})
public final class RsyncCommand extends SessionCommand {
    /** rsync's "error in rsync protocol data stream": what a server without rsync answers. */
    private static final int PROTOCOL_ERROR = 12;

    @Parameters(index = "0", paramLabel = "NAME", description = "The server: its name, or a role only it plays.")
    String name;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "rsync's options and paths; :PATH is on the server.")
    List<String> args = List.of();

    @Override
    int run(Session session) {
        List<String> given = ArgumentsAfterName.of(args);
        RemoteArgs.requireRemotePath(given, "cloudmaker rsync " + name + " -av ~/stuff :dest");
        SystemClient.require("rsync", root.env());
        SystemClient.require("ssh", root.env());
        ServerAccess access = new ServerAccess(session);
        CloudServer server = ServerSelector.of(session).one(name);
        int port = access.prepareClient(server);
        List<String> argv = new ArrayList<>(List.of("rsync", "-e", access.sshCommandLine(server, port)));
        argv.addAll(RemoteArgs.resolve(given, access.destination(server, true)));
        int code = SystemClient.run(argv, session.out(), session.err());
        if (code == PROTOCOL_ERROR) {
            session.err().println("rsync must be installed on the server too: cloudmaker exec " + server.name()
                    + " -- sudo apt-get install -y rsync (or the server's package manager)");
        }
        ClientExit.write(session, server, code);
        return code;
    }
}
