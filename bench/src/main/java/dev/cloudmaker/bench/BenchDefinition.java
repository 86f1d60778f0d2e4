package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** Writes a cloud.json of n servers (with one DNS name each where the cloud has DNS) for one cloud, and a security.json with a throwaway key. */
final class BenchDefinition {
    private BenchDefinition() {
    }

    /** The zone the names go in: the emulator has none, so the first run creates it. */
    static final String ZONE = "example.com";

    static String serverName(int i) {
        return String.format("srv-%03d", i);
    }

    /** Fails unless the emulated account holds n running servers and, where they have names, their address records (A and AAAA, or A alone on AWS). */
    static void checkProvisioned(EmulatedAccount account, int n, BenchCloud on) {
        long ready = account.servers().stream().filter(s -> s.running()).count();
        long addressRecords = on.dnsNames()
                ? account.records(ZONE).stream().filter(r -> r.type().matches("A|AAAA")).count() : 0;
        if (ready != n || addressRecords != (on.dnsNames() ? (long) on.floor().recordsPerServer() * n : 0)) {
            throw new IllegalStateException("provisioning " + n + " servers ended with " + ready + " running servers and "
                    + addressRecords + " A/AAAA records in " + ZONE);
        }
    }

    static void write(Path dir, int n, BenchCloud on) throws IOException {
        StringBuilder servers = new StringBuilder("{\n");
        for (int i = 1; i <= n; i++) {
            String name = serverName(i);
            servers.append(i > 1 ? ",\n" : "").append("  \"").append(name).append("\": {").append(on.serverFields());
            if (on.dnsNames()) {
                servers.append(", \"names\": [\"").append(name).append(".bench.example.com\"]");
            }
            servers.append("}");
        }
        servers.append("\n}");
        Files.writeString(dir.resolve("cloud.json"), on.cloudJson().formatted(servers) + "\n");
        Files.writeString(dir.resolve("security.json"), on.securityJson(ed25519() + " bench@example.com"));
    }

    static String ed25519() {
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        ByteBuffer blob = ByteBuffer.allocate(4 + type.length + 4 + key.length);
        blob.putInt(type.length).put(type).putInt(key.length).put(key);
        return "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.array());
    }
}
