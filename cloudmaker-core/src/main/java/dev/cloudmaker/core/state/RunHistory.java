package dev.cloudmaker.core.state;

import java.util.List;

/** The runs that held a definition's lock: who ran which command, when, and how it ended. Bounded: the oldest go. */
public interface RunHistory {

    void record(RunRecord run);

    /** The latest {@code limit} runs, newest first. */
    List<RunRecord> recent(int limit);
}
