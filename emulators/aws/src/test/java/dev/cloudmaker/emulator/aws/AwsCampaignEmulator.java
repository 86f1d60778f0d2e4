package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The AWS emulator as the testkit's campaigns drive it: instances, zones and records are put straight into its
 * state (no request, so the kill campaign's request numbers are the run's own). Route 53 values are written as
 * Route 53 keeps them: MX with a preference and a trailing dot, TXT quoted.
 */
public record AwsCampaignEmulator(AwsEmulator emu) implements CampaignEmulator {
    /** The tag cloudmaker's launches carry: the image as the definition named it. */
    private static final String IMAGE_TAG = "cloudmaker-image";
    /** The states of an instance that is gone or going with nothing more to ask. */
    private static final Set<String> GONE = Set.of("shutting-down", "terminated");

    @Override
    public URI url() {
        return emu.baseUrl();
    }

    @Override
    public Map<String, String> providerSettings() {
        return Map.of("api_url", emu.baseUrl().toString(), "region", emu.region());
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
     * Tags come as the account view shows them, {@code key=value}; the name is the {@code Name} tag, and an instance
     * in a namespace also gets the image tag, as cloudmaker's own launches carry it.
     */
    @Override
    public String seedServer(String name, String region, String size, String image, List<String> tags) {
        if (!region.equals(emu.region())) {
            throw new IllegalArgumentException("the emulator's region is " + emu.region() + ", not " + region);
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        byKey.put("Name", name);
        for (String tag : tags) {
            int eq = tag.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("an EC2 tag is key=value: " + tag);
            }
            byKey.put(tag.substring(0, eq), tag.substring(eq + 1));
        }
        if (byKey.containsKey(AwsCampaignFixture.NAMESPACE_TAG)) {
            byKey.put(IMAGE_TAG, image);
        }
        return emu.seedInstance(size, image, byKey);
    }

    @Override
    public void seedZone(String zone) {
        emu.addZone(zone);
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        String value = switch (type) {
            case "MX" -> "10 " + data + ".";
            case "TXT" -> "\"" + data + "\"";
            default -> data;
        };
        emu.addRecord(zone, type, name, value);
    }

    /**
     * What a destroy must release on EC2 (see the provider's {@code Ec2NamespaceResources}): the namespace's security
     * groups ({@code cloudmaker-<ns>} and {@code cloudmaker-<ns>-<role>}), its key pairs ({@code cloudmaker/<ns>/...};
     * the account's own key stays), and instances of it neither running (reported by the campaign) nor on their way
     * out (shutting-down ends in terminated with no further call, as on EC2).
     */
    @Override
    public List<String> namespaceLeftovers(String namespace) {
        List<String> left = new ArrayList<>();
        String group = "cloudmaker-" + namespace;
        emu.securityGroups().stream().filter(g -> g.equals(group) || g.startsWith(group + "-"))
                .forEach(g -> left.add("security group " + g));
        emu.account().keys().stream().filter(k -> k.name().startsWith("cloudmaker/" + namespace + "/"))
                .forEach(k -> left.add("key pair " + k.name()));
        String tag = AwsCampaignFixture.NAMESPACE_TAG + "=" + namespace;
        emu.account().servers().stream()
                .filter(i -> i.tags().contains(tag) && !i.running() && !GONE.contains(i.status()))
                .forEach(i -> left.add("instance " + i.id() + " (" + i.name() + ") " + i.status()));
        return left;
    }

    @Override
    public void close() {
        emu.close();
    }
}
