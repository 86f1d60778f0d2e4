package dev.cloudmaker.ssh;

/** One login try: a connection, or what stood in the way (for the wait's "last state"). */
record ConnectAttempt(SshConnection connection, String state) {
    static ConnectAttempt connected(SshConnection connection) {
        return new ConnectAttempt(connection, "connected");
    }

    static ConnectAttempt failed(String state) {
        return new ConnectAttempt(null, state);
    }

    boolean succeeded() {
        return connection != null;
    }
}
