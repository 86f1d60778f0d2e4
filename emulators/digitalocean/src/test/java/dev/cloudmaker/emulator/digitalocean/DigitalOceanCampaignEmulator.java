package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The DigitalOcean emulator as the testkit's campaigns drive it (and tests that seed through {@code RandomDefinition}). */
public record DigitalOceanCampaignEmulator(DigitalOceanEmulator emu) implements CampaignEmulator {

    @Override
    public URI url() {
        return emu.baseUrl();
    }

    @Override
    public Map<String, String> providerSettings() {
        return Map.of("api_url", emu.baseUrl().toString());
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

    @Override
    public String seedServer(String name, String region, String size, String image, List<String> tags) {
        return String.valueOf(emu.seedDroplet(name, region, size, image, tags));
    }

    @Override
    public void seedZone(String zone) {
        emu.seedDomain(zone);
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        emu.seedRecord(zone, type, name, data);
    }

    @Override
    public void close() {
        emu.close();
    }
}
