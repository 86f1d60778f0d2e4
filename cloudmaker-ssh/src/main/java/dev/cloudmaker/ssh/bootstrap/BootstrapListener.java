package dev.cloudmaker.ssh.bootstrap;

/**
 * Hears each step of each server's bootstrap as it happens. Servers are bootstrapped in parallel,
 * so an implementation is called from several threads at once.
 */
public interface BootstrapListener {
    BootstrapListener NONE = new BootstrapListener() {
    };

    default void stepStarted(String server, String step) {
    }

    default void stepFinished(String server, StepResult result) {
    }
}
