package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenStack emulator as the testkit's campaigns drive it: servers, zones and records are put straight into its
 * state (no request, so the kill campaign's request numbers are the run's own). A server's tags are Nova metadata,
 * as cloudmaker keeps its namespace; Designate keeps MX with a preference and names with a trailing dot.
 */
public record OpenStackCampaignEmulator(OpenStackEmulator emu) implements CampaignEmulator {
    /** The metadata cloudmaker's creates carry: the image as the definition named it. */
    private static final String IMAGE_KEY = "cloudmaker_image";

    @Override
    public URI url() {
        return emu.authUrl();
    }

    @Override
    public Map<String, String> providerSettings() {
        return Map.of("auth_url", emu.authUrl().toString());
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

    /** Tags come as the account view shows metadata, {@code key=value}; a namespaced server also gets the image key. */
    @Override
    public String seedServer(String name, String region, String size, String image, List<String> tags) {
        if (!region.equals(emu.region())) {
            throw new IllegalArgumentException("the emulator's region is " + emu.region() + ", not " + region);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String tag : tags) {
            int eq = tag.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("Nova metadata is key=value: " + tag);
            }
            metadata.put(tag.substring(0, eq), tag.substring(eq + 1));
        }
        if (metadata.containsKey(OpenStackCampaignFixture.NAMESPACE_KEY)) {
            metadata.put(IMAGE_KEY, image);
        }
        return emu.seedServer(name, size, image, metadata);
    }

    @Override
    public void seedZone(String zone) {
        emu.addZone(zone);
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        emu.addRecord(zone, type, name, type.equals("MX") ? "10 " + data + "." : data);
    }

    @Override
    public void close() {
        emu.close();
    }
}
