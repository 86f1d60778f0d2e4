package dev.cloudmaker.core.state;

/**
 * A {@link StateStore} kept outside the definition's folder and shared by every machine that works on
 * the definition (a team's database). It holds a connection, so it is closed after the run.
 */
public interface SharedStateStore extends StateStore, AutoCloseable {

    /** Where the state is, for messages: the URL without any password, and the definition's key. */
    String location();

    @Override
    void close();
}
