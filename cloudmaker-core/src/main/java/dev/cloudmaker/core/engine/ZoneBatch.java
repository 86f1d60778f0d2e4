package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.spi.RecordChange;
import java.util.List;

/** One zone's record changes sent as one batch, and what to tell the user of each once it took effect. */
record ZoneBatch(String domain, List<RecordChange> changes, List<Runnable> told) {
    ZoneBatch {
        changes = List.copyOf(changes);
        told = List.copyOf(told);
    }
}
