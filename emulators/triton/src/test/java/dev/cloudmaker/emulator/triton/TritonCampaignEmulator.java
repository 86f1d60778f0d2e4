package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Triton emulator as the testkit's campaigns drive it. CloudAPI has no DNS, so a campaign on Triton seeds no
 * zone or record ({@link TritonCampaignFixture#offersDns()} keeps its definitions free of names).
 */
public record TritonCampaignEmulator(TritonEmulator emu) implements CampaignEmulator {
    /** The tag cloudmaker's creates put beside the namespace: the image as the definition named it. */
    private static final String IMAGE_TAG = "cloudmaker.image";

    @Override
    public URI url() {
        return emu.baseUrl();
    }

    @Override
    public Map<String, String> providerSettings() {
        return Map.of("url", emu.baseUrl().toString(), "account", emu.login());
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
    public void onRequest(RequestHook hook) {
        emu.onRequest(hook);
    }

    @Override
    public void stopFaults() {
        emu.stopFaults();
    }

    /**
     * Tags come as the account view shows them, {@code key=value}; a machine in a namespace also gets the image tag,
     * as cloudmaker's own creates carry it (without it the machine's image would read as unknown, a replacement).
     */
    @Override
    public String seedServer(String name, String region, String size, String image, List<String> tags) {
        if (!region.equals(emu.datacenter())) {
            throw new IllegalArgumentException("the emulator is datacenter " + emu.datacenter() + ", not " + region);
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : tags) {
            int eq = tag.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("a Triton tag is key=value: " + tag);
            }
            byKey.put(tag.substring(0, eq), tag.substring(eq + 1));
        }
        if (byKey.containsKey(TritonCampaignFixture.NAMESPACE_TAG)) {
            byKey.put(IMAGE_TAG, image);
        }
        return emu.seedMachine(name, size, image, byKey);
    }

    @Override
    public void seedZone(String zone) {
        throw new UnsupportedOperationException("CloudAPI has no DNS zones to seed " + zone + " in");
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        throw new UnsupportedOperationException("CloudAPI has no DNS records to seed " + name + "." + zone + " in");
    }

    @Override
    public void close() {
        emu.close();
    }
}
