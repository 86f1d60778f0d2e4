package dev.cloudmaker.ssh;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.core.time.Durations;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in session with one server. Each command runs in its own exec channel, so several threads
 * may run commands on one connection at once. A command string is sent as given and the remote user's
 * login shell runs it (as {@code ssh host 'command'} does): quote accordingly; nothing is escaped here.
 * Without stdin the command sees an immediate end of input, as with {@code ssh host cmd </dev/null}.
 * Made by {@link SshConnector}.
 */
public final class SshConnection implements RemoteShell, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnection.class);
    private static final int SUMMARY_LENGTH = 80;
    private static final int SFTP_CHUNK = 32 * 1024;
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(30);

    private final ClientSession session;
    private final SshTarget target;
    private final OutputListener listener;
    private SftpClient sftp; // opened on first upload, guarded by this

    SshConnection(ClientSession session, SshTarget target, OutputListener listener) {
        this.session = session;
        this.target = target;
        this.listener = listener;
    }

    @Override
    public String server() {
        return target.server();
    }

    @Override
    public String user() {
        return target.user();
    }

    public SshTarget target() {
        return target;
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public CommandResult run(String command, Duration timeout) {
        return run(command, null, timeout);
    }

    /**
     * Runs {@code command} to its end within {@code timeout} (opening the channel, feeding stdin and
     * waiting for the exit all count). A non-zero exit is a result, not an exception. A command killed
     * by a signal reports 128 + the signal number, as shells do (128 alone for a rare signal).
     *
     * @throws RemoteCommandException on timeout (the channel is closed; the connection stays usable) or
     *         when the connection is lost
     */
    @Override
    public CommandResult run(String command, byte[] stdin, Duration timeout) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(timeout, "timeout");
        String summary = summary(command);
        notifyStarted(summary);
        LineCollector out = new LineCollector(server(), StdStream.STDOUT, listener);
        LineCollector err = new LineCollector(server(), StdStream.STDERR, listener);
        long deadline = System.nanoTime() + timeout.toNanos();
        ChannelExec channel = null;
        try {
            channel = session.createExecChannel(command);
            channel.setOut(out);
            channel.setErr(err);
            // a remote that never reads its stdin must not block the write past the command's timeout
            CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(channel, timeout);
            channel.open().verify(timeout);
            try (OutputStream in = channel.getInvertedIn()) { // closing it sends EOF
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), left);
            if (!events.contains(ClientChannelEvent.CLOSED)) {
                channel.close(true);
                throw new RemoteCommandException(server(), "`" + summary + "` did not finish within "
                        + Durations.format(timeout) + "; its channel was closed (the remote process may still be running)");
            }
        } catch (IOException | IllegalStateException e) { // MINA says "session is being closed" with the latter
            if (channel != null) {
                channel.close(true);
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new RemoteCommandException(server(), "`" + summary + "` did not finish within " + Durations.format(timeout), e);
            }
            throw failed(summary, e);
        }
        out.finish();
        err.finish();
        Integer status = channel.getExitStatus();
        if (status == null && channel.getExitSignal() != null) {
            status = 128 + signalNumber(channel.getExitSignal());
        }
        if (status == null) {
            throw failed(summary, null);
        }
        return new CommandResult(status, out.text(), err.text());
    }

    /** A shell of its own channel for many commands; see {@link ShellSession}. */
    @Override
    public Optional<ShellSession> openSession(String prefix) {
        return ShellSession.start(server(), listener, prefix, (command, out, err, ended) -> {
            ChannelExec channel = session.createExecChannel(command);
            channel.setOut(out);
            channel.setErr(err);
            channel.addCloseFutureListener(f -> ended.run());
            channel.open().verify(OPEN_TIMEOUT);
            OutputStream stdin = channel.getInvertedIn();
            return new ShellSession.Channel() {
                @Override
                public OutputStream stdin() {
                    return stdin;
                }

                @Override
                public void close() {
                    channel.close(true);
                }

                @Override
                public RemoteCommandException ended(String summary) {
                    return failed(summary, null);
                }
            };
        });
    }

    /**
     * Writes the file over SFTP: created or truncated, given {@code mode} before any byte is written
     * (so a 0600 secret is never readable by others), then filled. Not atomic: a reader may see it
     * half-written. Each SFTP reply is bounded by the session's idle timeout, and the heartbeat notices
     * a dead connection well before that.
     */
    @Override
    public void upload(String remotePath, byte[] content, int mode) {
        Objects.requireNonNull(remotePath, "remotePath");
        Objects.requireNonNull(content, "content");
        try {
            SftpClient client = sftp();
            try (CloseableHandle handle = client.open(remotePath, OpenMode.Write, OpenMode.Create, OpenMode.Truncate)) {
                client.setStat(handle, new SftpClient.Attributes().perms(mode & 07777));
                for (int off = 0; off < content.length; off += SFTP_CHUNK) {
                    client.write(handle, off, content, off, Math.min(SFTP_CHUNK, content.length - off));
                }
            }
        } catch (IOException e) {
            if (!session.isOpen()) {
                throw new RemoteCommandException(server(), "the connection to " + target.address()
                        + " was lost while uploading " + remotePath, e);
            }
            throw new RemoteCommandException(server(), "could not write " + remotePath + " as " + user()
                    + " over SFTP: " + e.getMessage(), e);
        }
    }

    private synchronized SftpClient sftp() throws IOException {
        if (sftp == null || !sftp.isOpen()) {
            sftp = SftpClientFactory.instance().createSftpClient(session);
        }
        return sftp;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (sftp != null) {
                try {
                    sftp.close();
                } catch (IOException e) {
                    LOG.debug("{}: closing SFTP failed: {}", server(), e.toString());
                }
            }
        }
        session.close(false);
    }

    private RemoteCommandException failed(String summary, Exception cause) {
        if (!session.isOpen()) {
            return new RemoteCommandException(server(), "the connection to " + target.address()
                    + " was lost while running `" + summary + "`", cause);
        }
        String why = cause == null ? "the server closed its channel without an exit status" : cause.getMessage();
        return new RemoteCommandException(server(), "`" + summary + "` could not be run to its end: " + why, cause);
    }

    private void notifyStarted(String summary) {
        try {
            listener.started(server(), summary);
        } catch (RuntimeException e) {
            LOG.warn("{}: the output listener failed; the command goes on: {}", server(), e.toString());
        }
    }

    /** The first line, at most 80 characters: enough to recognise a command, short enough for one message line. */
    static String summary(String command) {
        String first = command.strip().lines().findFirst().orElse("");
        boolean more = first.length() > SUMMARY_LENGTH || command.strip().contains("\n");
        String cut = first.length() > SUMMARY_LENGTH ? first.substring(0, SUMMARY_LENGTH) : first;
        return more ? cut + "…" : cut;
    }

    private static int signalNumber(String signal) {
        return switch (signal) {
            case "HUP" -> 1;
            case "INT" -> 2;
            case "QUIT" -> 3;
            case "ABRT" -> 6;
            case "KILL" -> 9;
            case "SEGV" -> 11;
            case "PIPE" -> 13;
            case "TERM" -> 15;
            default -> 0;
        };
    }
}
