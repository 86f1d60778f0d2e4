package dev.cloudmaker.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where MINA writes one channel's stdout or stderr: keeps all of it for the {@link CommandResult} and
 * hands each complete line to the listener as soon as its newline arrives. Lines are split on bytes
 * before decoding, which is safe for UTF-8 (a newline byte never occurs inside a multi-byte character).
 */
final class LineCollector extends OutputStream {
    private static final Logger LOG = LoggerFactory.getLogger(LineCollector.class);

    private final String server;
    private final StdStream stream;
    private final OutputListener listener;
    private final ByteArrayOutputStream all = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean listenerFailed;

    LineCollector(String server, StdStream stream, OutputListener listener) {
        this.server = server;
        this.stream = stream;
        this.listener = listener;
    }

    @Override
    public synchronized void write(int b) {
        all.write(b);
        if (b == '\n') {
            emit();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(bytes[i]);
        }
    }

    /** Hands over a last line that had no newline. */
    synchronized void finish() {
        if (line.size() > 0) {
            emit();
        }
    }

    synchronized String text() {
        return all.toString(StandardCharsets.UTF_8);
    }

    private void emit() {
        byte[] bytes = line.toByteArray();
        line.reset();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String text = new String(bytes, 0, len, StandardCharsets.UTF_8);
        try {
            listener.line(server, stream, text);
        } catch (RuntimeException e) {
            if (!listenerFailed) { // once per stream: a full disk would otherwise log every line
                listenerFailed = true;
                LOG.warn("{}: the output listener failed; the command goes on: {}", server, e.toString());
            }
        }
    }
}
