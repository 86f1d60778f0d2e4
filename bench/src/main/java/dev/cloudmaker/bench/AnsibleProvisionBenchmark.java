package dev.cloudmaker.bench;

import java.nio.file.Path;
import java.util.List;

/** Placeholder replaced below. */
public final class AnsibleProvisionBenchmark {
    static void runAndStore(int[] sizes, int repeats, Path results, List<ScaleRow> cloudmaker) {
    }
}
