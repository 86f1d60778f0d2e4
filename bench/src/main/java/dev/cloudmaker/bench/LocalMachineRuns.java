package dev.cloudmaker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cloudmaker.core.time.Waiter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What the local-machine benchmarks share: medians, the machines a run made, their SSH banners and logins,
 * the route to them, the CLI's exit.
 */
final class LocalMachineRuns {
    private LocalMachineRuns() {
    }

    /** A cloud.json for {@code machines} debian-12 machines named m01, m02, ... on the benchmark's own bridge. */
    static void writeDefinition(Path dir, String namespace, String bridge, String subnet, int machines) throws IOException {
        StringBuilder servers = new StringBuilder();
        for (int i = 1; i <= machines; i++) {
            servers.append(i > 1 ? ", " : "").append(String.format("\"m%02d\": {}", i));
        }
        Files.writeString(dir.resolve("cloud.json"), """
                {"provider": "local", "namespace": "%s",
                 "local": {"bridge": "%s", "subnet": "%s"},
                 "defaults": {"region": "local", "size": "local-1gb", "image": "debian-12"},
                 "servers": {%s}}
                """.formatted(namespace, bridge, subnet, servers));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static List<String> addresses(Path dir) throws IOException {
        JsonNode inv = new ObjectMapper().readTree(dir.resolve("cloudmaker_inventory.json").toFile());
        List<String> out = new ArrayList<>();
        inv.forEach(server -> out.add(server.path("public_network_interfaces").path("ipv4").asText()));
        return out;
    }

    static boolean sshBanner(String address) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, 22), 200);
            s.setSoTimeout(500);
            return new String(s.getInputStream().readNBytes(4)).equals("SSH-");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Waits until every machine the run provisioned answers with an SSH banner, then until {@code cloudmaker exec}
     * gets in on all of them (a banner comes before cloud-init has made the admin user); returns their addresses.
     */
    static List<String> awaitLogins(CliProcess cli, Path dir) throws IOException {
        List<String> addresses = addresses(dir);
        for (String address : addresses) {
            Waiter.waitingFor("SSH on " + address, Duration.ofMinutes(2))
                    .polling(Duration.ofMillis(50), Duration.ofMillis(500))
                    .until(() -> sshBanner(address), up -> up, up -> "no SSH banner yet");
        }
        Waiter.waitingFor("the admin user's login on all " + addresses.size() + " machines", Duration.ofMinutes(3))
                .polling(Duration.ofSeconds(1), Duration.ofSeconds(5))
                .until(() -> execAll(cli, dir), r -> r.exitCode() == 0, CliProcess.Result::output);
        return addresses;
    }

    private static CliProcess.Result execAll(CliProcess cli, Path dir) {
        try {
            return cli.run(dir, "exec", "--all", "--", "true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Refuses to go on unless the host reaches {@code address} through {@code bridge}: the benchmark's machines only. */
    static void requireRouteVia(String address, String bridge) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ip", "route", "get", address).redirectErrorStream(true).start();
        String route = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        if (!route.matches("(?s).*\\bdev " + java.util.regex.Pattern.quote(bridge) + "\\b.*")) {
            throw new IllegalStateException(address + " is not routed through " + bridge + " but: " + route
                    + "; another network holds the subnet, so the benchmark stops before connecting");
        }
    }

    /**
     * Removes a benchmark's workspace (cloud.json, its key, known_hosts); called only once its machines are
     * destroyed, so a failed destroy leaves what a user needs to finish it by hand.
     */
    static void removeWorkspace(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void check(CliProcess.Result r) {
        if (r.exitCode() != 0) {
            throw new IllegalStateException("cloudmaker exited " + r.exitCode() + ":\n" + r.output());
        }
    }
}
