package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.Bootstrapping;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.engine.NamespaceTag;
import dev.cloudmaker.core.spi.CloudServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

@Command(name = "ssh", mixinStandardHelpOptions = true,
        description = {"Log in to a server with the system's ssh client, as the admin user, checking the host key "
                + "cloudmaker pinned in known_hosts; with a COMMAND, run it there instead of a shell."})
public final class SshCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The server.")
    String name;

    @Parameters(index = "1..*", paramLabel = "COMMAND", description = "A command to run instead of a login shell.")
    List<String> command = List.of();

    @Override
    int run(Session session) {
        List<CloudServer> servers = session.provider().listServers(NamespaceTag.of(session.definition().namespace()));
        CloudServer server = servers.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> Bootstrapping.unknown(name, servers.stream().map(CloudServer::name).toList()));
        session.provider().checkReachable(server);
        if (session.knownHosts().lookup(name).isEmpty()) {
            throw new CloudmakerException(name + ": no host key is pinned for it in " + session.knownHosts().file()
                    + "; run `cloudmaker bootstrap " + name + "` first");
        }
        var settings = session.definition().bootstrap();
        List<String> argv = new ArrayList<>(List.of("ssh",
                "-o", "UserKnownHostsFile=" + session.knownHosts().file().toAbsolutePath(),
                "-o", "StrictHostKeyChecking=yes",
                "-o", "HostKeyAlias=" + name,
                "-o", "IdentitiesOnly=yes",
                "-i", session.identity().file().toAbsolutePath().toString(),
                "-p", Integer.toString(settings.sshPort()),
                settings.adminUser() + "@" + server.networking().publicIpv4()));
        argv.addAll(command);
        try {
            return new ProcessBuilder(argv).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new CloudmakerException("could not run ssh (" + e.getMessage() + "); install the OpenSSH client, e.g. apt-get install openssh-client");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.ERROR;
        }
    }
}
