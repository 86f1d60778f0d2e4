package dev.cloudmaker.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, before or after the command name ({@code cloudmaker --sandbox plan}
 * and {@code cloudmaker plan --sandbox} are the same). Inherited options write into this one object.
 */
public final class GlobalOptions {
    Path dir = Path.of(".");
    URI apiUrl;
    boolean json;
    boolean verbose;
    boolean noColor;
    boolean sandbox;
    String namespace;
    Duration waitLock = Duration.ZERO;

    public boolean sandbox() {
        return sandbox;
    }

    public boolean json() {
        return json;
    }

    public boolean verbose() {
        return verbose;
    }

    @Option(names = {"-C", "--dir"}, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Directory holding cloud.json and security.json (default: the current directory).")
    void dir(Path value) {
        dir = value;
    }

    @Option(names = "--api-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Provider API URL (default: env DIGITALOCEAN_API_URL, else https://api.digitalocean.com).")
    void apiUrl(URI value) {
        apiUrl = value;
    }

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable output on stdout.")
    void json(boolean value) {
        json = value;
    }

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Log every API call (never credentials).")
    void verbose(boolean value) {
        verbose = value;
    }

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colours (also when NO_COLOR is set).")
    void noColor(boolean value) {
        noColor = value;
    }

    @Option(names = "--sandbox", scope = ScopeType.INHERIT,
            description = "Run against a local DigitalOcean emulator whose state is kept in .cloudmaker/ (no account needed).")
    void sandbox(boolean value) {
        sandbox = value;
    }

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", scope = ScopeType.INHERIT,
            description = "Namespace of the resources to work on (default: env CLOUDMAKER_NAMESPACE, else the definition's, else 'default').")
    void namespace(String value) {
        namespace = value;
    }

    public Duration waitLock() {
        return waitLock;
    }

    @Option(names = "--wait-lock", paramLabel = "DUR", scope = ScopeType.INHERIT,
            description = "When another run is changing this definition, wait up to DUR for it to finish (default: refuse at once).")
    void waitLock(Duration value) {
        waitLock = value;
    }
}
