package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The waits of Nova's asynchronous actions, each bounded: a server in ERROR ends a wait at once with Nova's fault
 * message, and an action refused with 409 (the server busy with another task) is sent again until it is taken.
 */
final class NovaWaits {
    private static final Duration FIRST_POLL = Duration.ofMillis(100);
    private static final Duration MAX_POLL = Duration.ofSeconds(3);

    private final NovaServers servers;

    NovaWaits(NovaServers servers) {
        this.servers = servers;
    }

    /** The server once no task runs on it; one in ERROR fails with Nova's fault. */
    JsonNode settled(String serverId, Duration timeout) {
        return until(serverId, "to finish its current task", timeout,
                s -> !NovaStatus.busy(s.path("status").asText(), taskState(s)));
    }

    JsonNode until(String serverId, String what, Duration timeout, Predicate<JsonNode> done) {
        return Waiter.waitingFor("server " + serverId + " " + what, timeout).polling(FIRST_POLL, MAX_POLL)
                .until(() -> servers.existing(serverId), done, NovaWaits::failure, NovaWaits::describe);
    }

    void gone(String serverId, Duration timeout) {
        Waiter.waitingFor("server " + serverId + " to be deleted", timeout).polling(FIRST_POLL, MAX_POLL)
                .until(() -> servers.raw(serverId), Optional::isEmpty,
                        s -> s.map(NovaWaits::describe).orElse("gone"));
    }

    void act(String serverId, ObjectNode body, Duration timeout) {
        String name = body.fieldNames().next();
        Waiter.waitingFor("server " + serverId + " to accept " + name, timeout).polling(FIRST_POLL, MAX_POLL)
                .until(() -> {
                    try {
                        servers.action(serverId, body);
                        return null;
                    } catch (ApiException e) {
                        if (NovaServers.conflict(e)) {
                            return e.getMessage();
                        }
                        throw e;
                    }
                }, refused -> refused == null, refused -> refused);
    }

    static Optional<String> failure(JsonNode s) {
        if (!"ERROR".equals(s.path("status").asText())) {
            return Optional.empty();
        }
        String fault = ServerMapper.fault(s);
        return Optional.of("server " + s.path("name").asText() + " (id " + s.path("id").asText() + ") is in ERROR"
                + (fault != null ? ": Nova says \"" + fault + "\"" : "") + "; delete it and provision again");
    }

    static String describe(JsonNode s) {
        String task = taskState(s);
        return s.path("status").asText() + (task != null ? " (" + task + ")" : "");
    }

    static String taskState(JsonNode s) {
        JsonNode task = s.path("OS-EXT-STS:task_state");
        return task.isTextual() && !task.asText().isEmpty() ? task.asText() : null;
    }
}
