package dev.cloudmaker.cli;

import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.ssh.SshConnection;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import dev.cloudmaker.ssh.fleet.ServerLogin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How commands reach servers: as the definition's admin user, with the definition's key, trusting only
 * the host key pinned under the server's name, over MINA ({@link #login}) or the system's own ssh,
 * rsync and scp ({@link #clientOptions}).
 *
 * <p>Always the admin user, before bootstrap too: cloudmaker only logs in to servers whose host key it
 * pinned, which are the ones it created with its first-boot config, and that config makes the admin
 * user with the definition's key. The image's own user (root on DigitalOcean and local machines) would
 * work only until bootstrap shuts root out, and files copied as root would not belong to the admin.
 */
public final class ServerAccess {
    /** Each step of the login that explains a failed ssh. */
    private static final Duration WHY_TIMEOUT = Duration.ofSeconds(10);

    private final Session session;

    public ServerAccess(Session session) {
        this.session = session;
    }

    public String user() {
        return session.definition().bootstrap().adminUser();
    }

    /** Logins over {@code connector}, whose listener sees every command's output (null: only the checks before a login). */
    public ServerLogin login(SshConnector connector) {
        return new ServerLogin(session::checkReachable, session.knownHosts(), session.identity(), user(),
                session.definition().bootstrap().sshPort(), connector);
    }

    /**
     * Checks, as a MINA login would, that the server may be connected to and its key is pinned, and
     * returns the port sshd listens on now; for commands that run the system's clients.
     */
    public int prepareClient(CloudServer server) {
        // checks only: the system's client finds the key itself, so no passphrase is asked for here
        ServerLogin login = new ServerLogin(session::checkReachable, session.knownHosts(), null, user(),
                session.definition().bootstrap().sshPort(), null);
        login.checkAllowed(server);
        login.requirePin(server);
        return login.currentPort(server);
    }

    /**
     * After the system's ssh could not log in (exit 255), why, in cloudmaker's words, found by a login of
     * its own: above all a host key that is not the pinned one, for which ssh's own advice (replace the
     * line in known_hosts) would trust an unknown key blindly. Empty when that login works, which makes
     * the 255 the remote command's own.
     */
    public Optional<String> whyNoLogin(CloudServer server) {
        try (SshConnector connector = new SshConnector(); SshConnection ignored = login(connector).connect(server, WHY_TIMEOUT)) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Options for ssh (and scp, which takes the same {@code -o} options) that trust exactly the pinned key,
     * offer only the definition's key and never fall back to a password prompt; no port option, since
     * ssh and scp spell it differently.
     */
    public List<String> clientOptions(CloudServer server, boolean interactive) {
        List<String> o = new ArrayList<>(hostKeyOptions(server.name()));
        o.addAll(List.of("-o", "IdentitiesOnly=yes", "-i", sshIdentityFile().toString()));
        if (!interactive) {
            o.addAll(List.of("-o", "BatchMode=yes"));
        }
        return o;
    }

    /** ssh options that trust for {@code serverName} exactly the host key cloudmaker pinned under that name. */
    public List<String> hostKeyOptions(String serverName) {
        return List.of("-o", "UserKnownHostsFile=" + session.knownHosts().openSshFile().toAbsolutePath(),
                "-o", "StrictHostKeyChecking=yes",
                "-o", "HostKeyAlias=" + serverName);
    }

    /** The private key file of the definition's key, when this machine has one (not read: Ansible and ssh read it). */
    public Optional<Path> privateKeyFile() {
        return session.loginKeys().privateKeyFile().filter(Files::isRegularFile).map(Path::toAbsolutePath);
    }

    /**
     * What the system's ssh takes as {@code -i}: the private key file; when only the ssh-agent holds the key,
     * its public half, with which ssh picks that key from the agent.
     *
     * @throws dev.cloudmaker.ssh.NoLoginKeyException when neither has it, naming the three ways to give it
     */
    Path sshIdentityFile() {
        Optional<Path> file = privateKeyFile();
        if (file.isPresent()) {
            return file.get();
        }
        if (session.loginKeys().agentHolds()) {
            Path pub = session.workspace().stateDir().resolve("ssh").resolve("agent-key.pub").toAbsolutePath();
            AtomicFiles.writeString(pub, session.credentials().publicKey().line() + "\n");
            return pub;
        }
        return session.identity().file().orElseThrow(); // throws, saying what is missing and how to give it
    }

    /** The same options as one shell-quoted command line, for rsync's {@code -e}. */
    public String sshCommandLine(CloudServer server, int port) {
        List<String> argv = new ArrayList<>(List.of("ssh"));
        argv.addAll(clientOptions(server, false));
        argv.addAll(List.of("-p", Integer.toString(port)));
        return ShellQuote.join(argv);
    }

    /** {@code user@address}, with IPv6 addresses bracketed as scp and rsync want them. */
    public String destination(CloudServer server, boolean bracketIpv6) {
        String address = server.networking().publicIpv4();
        return user() + "@" + (bracketIpv6 && address.contains(":") ? "[" + address + "]" : address);
    }
}
