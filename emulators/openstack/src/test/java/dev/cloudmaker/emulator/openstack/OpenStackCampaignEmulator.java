package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenStack emulator as the testkit's campaigns drive it: servers, zones and records are put straight into its
 * state (no request, so the kill campaign's request numbers are the run's own). A server's namespace is a Nova tag
 * ({@code cloudmaker:<ns>}) and metadata, as cloudmaker's creates carry it; Designate keeps MX with a preference
 * and names with a trailing dot.
 */
public record OpenStackCampaignEmulator(OpenStackEmulator emu) implements CampaignEmulator {
    /** The metadata cloudmaker's creates carry: the image as the definition named it. */
    private static final String IMAGE_KEY = "cloudmaker_image";
    private static final String NAMESPACE_KEY = "cloudmaker_namespace";

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

    /**
     * A tag {@code key=value} is metadata, any other a Nova tag (the namespace's {@code cloudmaker:<ns>}); a namespaced
     * server also gets the metadata cloudmaker's creates carry: its namespace and the image as the definition named it.
     */
    @Override
    public String seedServer(String name, String region, String size, String image, List<String> tags) {
        if (!region.equals(emu.region())) {
            throw new IllegalArgumentException("the emulator's region is " + emu.region() + ", not " + region);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        List<String> novaTags = new ArrayList<>();
        for (String tag : tags) {
            int eq = tag.indexOf('=');
            if (eq > 0) {
                metadata.put(tag.substring(0, eq), tag.substring(eq + 1));
            } else {
                novaTags.add(tag);
            }
            if (tag.startsWith(OpenStackCampaignFixture.NAMESPACE_TAG)) {
                metadata.put(NAMESPACE_KEY, tag.substring(OpenStackCampaignFixture.NAMESPACE_TAG.length()));
                metadata.put(IMAGE_KEY, image);
            }
        }
        return emu.seedServer(name, size, image, novaTags, metadata);
    }

    @Override
    public void seedZone(String zone) {
        emu.addZone(zone);
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        emu.addRecord(zone, type, name, type.equals("MX") ? "10 " + data + "." : data);
    }

    /**
     * What a destroy must release on OpenStack (see the provider's {@code OpenStackNamespaceResources}): ports no
     * server holds, floating IPs on no port (the campaigns seed none), the namespace's security groups
     * ({@code cloudmaker-<ns>} and {@code cloudmaker-<ns>-<role>}) and key pairs ({@code cloudmaker_<ns>_...}; the
     * account's own key stays), and servers of it still listed though not running (running ones the campaign reports).
     */
    @Override
    public List<String> namespaceLeftovers(String namespace) {
        List<String> left = new ArrayList<>();
        emu.detachedPorts().forEach(p -> left.add("port " + p + " of no server"));
        emu.unassociatedFloatingIps().forEach(f -> left.add("floating IP " + f + " on no port"));
        String group = "cloudmaker-" + namespace;
        emu.securityGroups().stream().filter(g -> g.equals(group) || g.startsWith(group + "-"))
                .forEach(g -> left.add("security group " + g));
        emu.account().keys().stream().filter(k -> k.name().startsWith("cloudmaker_" + namespace + "_"))
                .forEach(k -> left.add("key pair " + k.name()));
        String tag = OpenStackCampaignFixture.NAMESPACE_TAG + namespace;
        emu.account().servers().stream().filter(s -> s.tags().contains(tag) && !s.running())
                .forEach(s -> left.add("server " + s.id() + " (" + s.name() + ") " + s.status()));
        return left;
    }

    @Override
    public void close() {
        emu.close();
    }
}
