package dev.cloudmaker.testkit.campaign;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** A running emulator as the campaigns drive it: its account to seed and check, its requests to watch. */
public interface CampaignEmulator extends AutoCloseable {

    URI url();

    /** cloud.json provider settings that point the cloud's provider at it, e.g. {@code {"api_url": url}}. */
    Map<String, String> providerSettings();

    EmulatedAccount account();

    EmulatorStats stats();

    /** Every request from now on is first shown to {@code hook} (replacing any earlier one). */
    void onRequest(RequestHook hook);

    /** No configured fault fires from now on, as after an outage. */
    void stopFaults();

    /** Adds a server that is running at once, with addresses; returns its id. */
    String seedServer(String name, String region, String size, String image, List<String> tags);

    void seedZone(String zone);

    void seedRecord(String zone, String type, String name, String data);

    /**
     * What the cloud still holds of {@code namespace} besides running servers (the campaigns find those in
     * {@link #account()}), one line each naming the thing: after a destroy of every declared server, what it must
     * release, such as security groups, key pairs, ports or addresses made for the namespace, or servers left stopped.
     * Nothing by default, for clouds where cloudmaker makes nothing but servers and records.
     */
    default List<String> namespaceLeftovers(String namespace) {
        return List.of();
    }

    @Override
    void close();
}
