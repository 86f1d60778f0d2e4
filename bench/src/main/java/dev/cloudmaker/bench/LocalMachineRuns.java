package dev.cloudmaker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the local-machine benchmarks share: medians, the machines a run made, their SSH banners, the CLI's exit. */
final class LocalMachineRuns {
    private LocalMachineRuns() {
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

    static void check(CliProcess.Result r) {
        if (r.exitCode() != 0) {
            throw new IllegalStateException("cloudmaker exited " + r.exitCode() + ":\n" + r.output());
        }
    }
}
