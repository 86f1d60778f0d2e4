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

@Command(name = "scp", mixinStandardHelpOptions = true, modelTransformer = ArgumentsAfterName.class,
        description = {"Copy files to or from a server with the system's scp, as the admin user with the pinned host key. "
                + "Write paths on the server with a leading ':' and no host; every other argument goes to scp as it is.",
                "Examples: cloudmaker scp server1 app.tar.gz :/tmp/; cloudmaker scp db -r :/var/backups ./backups"})
public final class ScpCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The server: its name, or a role only it plays.")
    String name;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "scp's options and paths; :PATH is on the server.")
    List<String> args = List.of();

    @Override
    int run(Session session) {
        List<String> given = ArgumentsAfterName.of(args);
        RemoteArgs.requireRemotePath(given, "cloudmaker scp " + name + " file :/tmp/");
        SystemClient.require("scp", root.env());
        ServerAccess access = new ServerAccess(session);
        CloudServer server = ServerSelector.of(session).one(name);
        int port = access.prepareClient(server);
        List<String> argv = new ArrayList<>(List.of("scp"));
        argv.addAll(access.clientOptions(server, false));
        argv.addAll(List.of("-P", Integer.toString(port)));
        argv.addAll(RemoteArgs.resolve(given, access.destination(server, true)));
        int code = SystemClient.run(argv, session.out(), session.err());
        ClientExit.write(session, server, code);
        return code;
    }
}
