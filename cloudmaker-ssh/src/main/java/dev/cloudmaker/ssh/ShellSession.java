package dev.cloudmaker.ssh;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.core.time.Durations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One shell on the server that runs many commands, one after another, each in its own {@code sh -c}:
 * what the bootstrap's root commands go through, so they cost one {@code sudo} and one channel in all
 * rather than one each (about 50 ms of the server's CPU and two round trips per command).
 *
 * <p>The protocol, all of it in {@link #LOOP}: the shell reads a marker (32 random hex digits, sent
 * first on its stdin, so no other process on the server sees it), then commands, each ended by a line
 * that is the marker. It runs a command with stdin from /dev/null and its output going straight back,
 * then writes the marker and the exit code on stdout and the marker alone on stderr. The marker ends a
 * command's output wherever it lands in a line, so output without a final newline stays as it was;
 * no command prints it, since only this JVM and the shell know it.
 */
public final class ShellSession implements AutoCloseable {
    /**
     * The shell's side, for {@code sh -c '...'}: no single quote in it. Inside the double quotes, the
     * line break is the one added after each command line, and {@code \n} is printf's.
     */
    public static final String LOOP = "IFS= read -r m || exit 0\n"
            + "while :; do\n"
            + "  c=; got=\n"
            + "  while IFS= read -r l; do if [ \"$l\" = \"$m\" ]; then got=1; break; fi; c=\"$c$l\n\"; done\n"
            + "  [ -n \"$got\" ] || exit 0\n"
            + "  sh -c \"$c\" </dev/null\n"
            + "  rc=$?\n"
            + "  printf \"%s %s\\n\" \"$m\" \"$rc\"\n"
            + "  printf \"%s\\n\" \"$m\" >&2\n"
            + "done\n";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Runs the shell: its stdin, how to stop it, and why it ended. */
    public interface Channel {
        OutputStream stdin();

        void close();

        /** What to throw when the shell ended while running the command {@code summary} names. */
        RemoteCommandException ended(String summary);
    }

    /** Starts {@code command} with its stdout and stderr written to {@code out} and {@code err}; calls {@code ended} when it stops. */
    @FunctionalInterface
    public interface Launcher {
        Channel launch(String command, OutputStream out, OutputStream err, Runnable ended) throws IOException;
    }

    private final String server;
    private final OutputListener listener;
    private final String prefix;
    private final String marker;
    private final MarkedStream out = new MarkedStream(true);
    private final MarkedStream err = new MarkedStream(false);
    private volatile Command current;
    private volatile boolean ended;
    private Channel channel;

    private ShellSession(String server, OutputListener listener, String prefix) {
        this.server = server;
        this.listener = listener;
        this.prefix = prefix;
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        this.marker = HexFormat.of().formatHex(random);
    }

    /**
     * Starts a session whose shell {@code prefix} launches ({@code "sudo -n "} for root, {@code ""} for
     * the login user), and checks it runs a command. Empty when it does not (sudo refused, no shell):
     * the caller runs its commands one by one instead, and meets the reason there.
     */
    public static Optional<ShellSession> start(String server, OutputListener listener, String prefix, Launcher launcher) {
        ShellSession session = new ShellSession(server, listener, prefix);
        try {
            session.channel = launcher.launch(prefix + "sh -c '" + LOOP + "'", session.out, session.err, session::end);
            session.send(session.marker + "\n");
            if (session.exchange("true", START_TIMEOUT, false).ok()) {
                return Optional.of(session);
            }
        } catch (IOException | RemoteCommandException | IllegalStateException e) { // MINA: "session is being closed"
            // the caller's own way meets the same cause and reports it with the command it ran
        }
        session.close();
        return Optional.empty();
    }

    /** Whether the shell still runs; one that timed out or lost its connection does not. */
    public boolean isOpen() {
        return !ended;
    }

    /**
     * Runs {@code command} in the session's shell and returns how it ended, whatever the exit code.
     *
     * @throws RemoteCommandException on timeout (the shell is stopped, and with it this session) or when
     *         the shell ends meanwhile
     */
    public synchronized CommandResult run(String command, Duration timeout) {
        try {
            return exchange(command, timeout, true);
        } catch (IOException e) {
            close();
            throw new RemoteCommandException(server, "could not send `" + SshConnection.summary(command) + "` to the shell: " + e.getMessage(), e);
        }
    }

    private CommandResult exchange(String command, Duration timeout, boolean visible) throws IOException {
        // logs name the command as sent, and the session's launcher where it has one: "[sudo -n] cat ..."
        String summary = SshConnection.summary(prefix.isBlank() ? command : "[" + prefix.strip() + "] " + command);
        OutputListener shown = visible ? listener : OutputListener.NONE;
        if (visible) {
            try {
                listener.started(server, summary);
            } catch (RuntimeException e) {
                // the listener's failure never fails the command (OutputListener's contract)
            }
        }
        Command c = new Command(new LineCollector(server, StdStream.STDOUT, shown), new LineCollector(server, StdStream.STDERR, shown));
        current = c;
        if (ended) {
            throw new RemoteCommandException(server, "the shell had ended before `" + summary + "`");
        }
        send(command + "\n" + marker + "\n");
        try {
            CompletableFuture.allOf(c.exit, c.errorsDone).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            close();
            throw new RemoteCommandException(server, "`" + summary + "` did not finish within " + Durations.format(timeout)
                    + "; its shell was closed (the remote process may still be running)");
        } catch (ExecutionException e) {
            throw channel.ended(summary);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new RemoteCommandException(server, "interrupted while running `" + summary + "`", e);
        } finally {
            current = null;
        }
        c.stdout.finish();
        c.stderr.finish();
        return new CommandResult(c.exit.join(), c.stdout.text(), c.stderr.text());
    }

    private void send(String text) throws IOException {
        OutputStream in = channel.stdin();
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private void end() {
        ended = true;
        Command c = current;
        if (c != null) {
            IOException gone = new IOException("the shell ended");
            c.exit.completeExceptionally(gone);
            c.errorsDone.completeExceptionally(gone);
        }
    }

    @Override
    public void close() {
        end();
        if (channel != null) {
            channel.close();
        }
    }

    /** One command's output so far, and its end on each stream. */
    private record Command(LineCollector stdout, LineCollector stderr, CompletableFuture<Integer> exit, CompletableFuture<Void> errorsDone) {
        Command(LineCollector stdout, LineCollector stderr) {
            this(stdout, stderr, new CompletableFuture<>(), new CompletableFuture<>());
        }
    }

    /**
     * Where the shell's stdout or stderr arrives: whole lines go on to the running command's collector,
     * and a line that ends with the marker ends the command on this stream (what precedes the marker is
     * the command's last line, without a newline).
     */
    private final class MarkedStream extends OutputStream {
        private final boolean stdout;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        MarkedStream(boolean stdout) {
            this.stdout = stdout;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                lineEnded();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(bytes[i]);
            }
        }

        private void lineEnded() {
            byte[] bytes = line.toByteArray();
            line.reset();
            Command c = current;
            if (c == null) {
                return; // nothing runs: not a command's output
            }
            LineCollector to = stdout ? c.stdout : c.stderr;
            // ISO-8859-1 maps bytes one to one, so indexes found here are byte offsets
            String text = new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            int at = text.lastIndexOf(marker);
            String rest = at < 0 ? null : text.substring(at + marker.length());
            if (stdout && rest != null && rest.matches(" \\d{1,3}")) {
                to.write(bytes, 0, at);
                c.exit.complete(Integer.parseInt(rest.substring(1)));
            } else if (!stdout && rest != null && rest.isEmpty()) {
                to.write(bytes, 0, at);
                c.errorsDone.complete(null);
            } else {
                to.write(bytes, 0, bytes.length);
            }
        }
    }
}
