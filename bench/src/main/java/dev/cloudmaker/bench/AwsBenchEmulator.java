package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.aws.AwsEmulator;
import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS emulator behind {@link BenchEmulator}, its zone {@link BenchDefinition#ZONE} made at start. Seeded instances
 * carry the tags cloudmaker's launches write ({@code Name}, the namespace, the image as the definition names it) and
 * sit in the namespace's security group with its SSH rule, as provision leaves them; the key pair is imported by the
 * no-op benchmark's first, unmeasured run, as the SSH key is uploaded on the other clouds.
 */
record AwsBenchEmulator(AwsEmulator emu) implements BenchEmulator {
    /** The tags cloudmaker's launches carry besides {@code Name} (providers/aws {@code Ec2Tags}). */
    private static final String NAMESPACE_TAG = "cloudmaker-namespace";
    private static final String IMAGE_TAG = "cloudmaker-image";

    @Override
    public URI url() {
        return emu.baseUrl();
    }

    @Override
    public EmulatedAccount account() {
        return emu.account();
    }

    @Override
    public EmulatorStats stats() {
        return emu.stats();
    }

    @Override
    public void resetStats() {
        emu.resetStats();
    }

    @Override
    public List<RecordedExchange> exchanges() {
        return emu.exchanges();
    }

    /** {@code tags} are {@code key=value}; the namespace's among them puts the instance in its security group. */
    @Override
    public void seedServer(String name, List<String> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        byKey.put("Name", name);
        for (String tag : tags) {
            int eq = tag.indexOf('=');
            byKey.put(tag.substring(0, eq), tag.substring(eq + 1));
        }
        String namespace = byKey.get(NAMESPACE_TAG);
        if (namespace != null) {
            byKey.put(IMAGE_TAG, AwsBench.IMAGE);
        }
        List<String> groups = namespace == null ? List.of() : List.of(emu.seedSecurityGroup("cloudmaker-" + namespace,
                "cloudmaker: SSH and the ports of servers without a role in namespace " + namespace,
                Map.of(NAMESPACE_TAG, namespace), List.of(22)));
        emu.seedInstance(AwsBench.SIZE, AwsBench.IMAGE, byKey, groups);
    }

    /** The zone is there from the start, as a Route 53 zone is before cloudmaker's first run. */
    @Override
    public void seedZone(String zone) {
        if (!emu.account().zones().contains(zone)) {
            emu.addZone(zone);
        }
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        emu.addRecord(zone, type, name, data);
    }

    @Override
    public void close() {
        emu.close();
    }
}
