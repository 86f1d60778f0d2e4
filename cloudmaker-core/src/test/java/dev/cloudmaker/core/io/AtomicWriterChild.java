package dev.cloudmaker.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The process AtomicFilesKillTest kills: writes version after version of one large file through
 * {@link AtomicFiles}, saying "wrote N" after each, until it is killed.
 */
public final class AtomicWriterChild {
    private AtomicWriterChild() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        for (long version = Long.parseLong(args[2]); ; version++) {
            AtomicFiles.write(target, content(version, size));
            System.out.println("wrote " + version);
            System.out.flush();
        }
    }

    /**
     * Version {@code v}: a header naming it, {@code size} bytes with the version stamped every 4 KiB
     * (so a file mixing two versions differs from both), a trailer. Cheap to make: the child should
     * spend its time writing, where the kills are meant to land.
     */
    static byte[] content(long version, int size) {
        byte[] head = ("version " + version + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\nend of version " + version + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[size];
        byte[] stamp = ("<" + version + ">").getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(body, (byte) ('a' + version % 26));
        for (int at = 0; at + stamp.length <= size; at += 4096) {
            System.arraycopy(stamp, 0, body, at, stamp.length);
        }
        byte[] all = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, size);
        System.arraycopy(tail, 0, all, head.length + size, tail.length);
        return all;
    }
}
