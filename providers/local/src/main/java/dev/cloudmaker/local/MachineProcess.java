package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A machine's nspawn process, known by PID and start time together so that a PID reused by another
 * process after a reboot or crash is never mistaken for the machine (and never signalled).
 */
record MachineProcess(long pid, long startTime) {
    /** What a stopped machine records: no process. */
    static final MachineProcess NONE = new MachineProcess(0, 0);

    static MachineProcess of(long pid) {
        return new MachineProcess(pid, startTimeOf(pid));
    }

    boolean alive() {
        return pid > 0 && startTime > 0 && startTimeOf(pid) == startTime;
    }

    Optional<ProcessHandle> handle() {
        return alive() ? ProcessHandle.of(pid) : Optional.empty();
    }

    /** Field 22 of /proc/PID/stat, counted after the command name (which may hold spaces). */
    static long startTimeOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(after[19]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
