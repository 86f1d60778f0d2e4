package dev.cloudmaker.ssh;

import dev.cloudmaker.core.RemoteCommandException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Launches a {@link ShellSession}'s shell as a local {@code /bin/sh} process: the protocol without SSH. */
public final class LocalShellLauncher implements ShellSession.Launcher {
    Process process;

    /** A session whose shell runs here, as the user running the tests, whatever the prefix asks. */
    public static java.util.Optional<ShellSession> session(String server) {
        return ShellSession.start(server, OutputListener.NONE, "", new LocalShellLauncher());
    }

    @Override
    public ShellSession.Channel launch(String command, OutputStream out, OutputStream err, Runnable ended) throws IOException {
        process = new ProcessBuilder("/bin/sh", "-c", command).start();
        Thread.ofVirtual().start(() -> pump(process.getInputStream(), out));
        Thread.ofVirtual().start(() -> pump(process.getErrorStream(), err));
        process.onExit().thenRun(ended);
        Process p = process;
        return new ShellSession.Channel() {
            @Override
            public OutputStream stdin() {
                return p.getOutputStream();
            }

            @Override
            public void close() {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }

            @Override
            public RemoteCommandException ended(String summary) {
                return new RemoteCommandException("local", "the shell ended (exit " + p.exitValue() + ") while running `" + summary + "`");
            }
        };
    }

    private static void pump(InputStream from, OutputStream to) {
        try (from) {
            from.transferTo(to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
