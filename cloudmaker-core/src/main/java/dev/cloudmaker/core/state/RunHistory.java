package dev.cloudmaker.core.state;

import java.util.List;
import java.util.Optional;

/** The runs that held a definition's lock: who ran which command, when, and how it ended. Bounded: the oldest go. */
public interface RunHistory {

    void record(RunRecord run);

    /** The latest {@code limit} runs, newest first. */
    List<RunRecord> recent(int limit);

    /** The run of this {@link RunRecord#id()}, if the history still has it. */
    Optional<RunRecord> find(String id);
}
