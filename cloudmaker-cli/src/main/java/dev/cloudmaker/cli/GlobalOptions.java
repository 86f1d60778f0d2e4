package dev.cloudmaker.cli;

import java.util.ArrayList;
import java.util.List;
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
    List<String> apiUrls = new ArrayList<>();
    boolean json;
    boolean verbose;
    boolean noColor;
    boolean sandbox;
    String namespace;
    Duration waitLock = Duration.ZERO;
    String backend;

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

    @Option(names = "--api-url", paramLabel = "[PROVIDER=]URL", scope = ScopeType.INHERIT,
            description = "A provider's API URL, e.g. an emulator's (default: the provider's \"api_url\" in cloud.json,"
                    + " else its cloud's usual environment variable, else its public API). PROVIDER= when the definition has several.")
    void apiUrl(List<String> values) {
        // picocli hands over every value given at this command's level; keep each once, in order
        values.stream().filter(v -> !apiUrls.contains(v)).forEach(apiUrls::add);
    }

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "One JSON document on stdout (errors included); everything else on stderr.")
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
            description = "Run each cloud provider against a local emulator of its API, its state kept in .cloudmaker/ (no account needed); local machines stay real.")
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

    public String backend() {
        return backend;
    }

    @Option(names = "--backend", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Keep the lock, journal, host keys, pins and run history in this shared backend, e.g."
                    + " postgresql://user@db:5432/cloudmaker (default: env CLOUDMAKER_BACKEND, else \"backend\" in cloud.json, else files here).")
    void backend(String value) {
        backend = value;
    }
}
