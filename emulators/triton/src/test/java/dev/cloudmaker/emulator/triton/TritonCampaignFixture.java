package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.ServerSlugs;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.EmulatorSetup;
import dev.cloudmaker.testkit.campaign.RateLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Triton's emulator for the testkit's campaigns: account {@code alice} holding one key that signs every request
 * (a key file made once per test JVM, which every definition names by {@code key_id} and {@code private_key_file}),
 * the emulator's packages and image, the operations CloudAPI's fault specs name, machines running after 300 ms and
 * actions done in 200 ms. CloudAPI keeps no DNS records, and a machine name is the account's once. In this module's
 * test jar, for the campaigns of providers/triton and cloudmaker-cli.
 */
public final class TritonCampaignFixture implements CloudFixture {
    public static final String LOGIN = "alice";
    /** The datacenter, one package, the one below it (a resize is a package change), and an image by name. */
    public static final ServerSlugs SLUGS = new ServerSlugs("emu-1", "g1.small", "g1.nano", "debian-12");
    static final String NAMESPACE_TAG = "cloudmaker.namespace";
    /** CloudAPI throttles per account; the emulator's default bucket, a minute's worth of burst. */
    private static final int REQUESTS_PER_MINUTE = 600;

    @Override
    public String type() {
        return "triton";
    }

    @Override
    public ServerSlugs slugs() {
        return SLUGS;
    }

    /** One provider named {@code triton}: its account in cloud.json, the signing key in security.json. */
    @Override
    public DefinitionFixture definition(Path dir) {
        Identity key = SigningKey.IDENTITY;
        return DefinitionFixture.in(dir).provider(type(), Map.of("key_id", key.publicKey().md5Fingerprint(),
                "private_key_file", key.file().orElseThrow().toString())).providerSettings(Map.of("account", LOGIN));
    }

    @Override
    public String namespaceTag(String namespace) {
        return NAMESPACE_TAG + "=" + namespace;
    }

    @Override
    public List<String> faultEndpoints() {
        return List.of("*", "account", "keys", "machines", "machines", "machine-actions", "tags", "tags", "packages",
                "images", "datacenters");
    }

    @Override
    public String createEndpoint() {
        return "machines";
    }

    @Override
    public RateLimits cloudLimits() {
        return new RateLimits(REQUESTS_PER_MINUTE, REQUESTS_PER_MINUTE * 60);
    }

    @Override
    public boolean offersDns() {
        return false;
    }

    @Override
    public boolean namesUniquePerAccount() {
        return true;
    }

    /** Loopback, a free port, the signing key in the account; faults, clock and per-minute limit as asked. */
    @Override
    public CampaignEmulator start(EmulatorSetup setup) {
        TritonEmulatorBuilder builder = TritonEmulator.builder().port(0).account(LOGIN).seed(setup.seed())
                .key("campaign", SigningKey.IDENTITY.publicKey().line())
                .bootDelay(Duration.ofMillis(300)).actionDuration(Duration.ofMillis(200));
        setup.faults().forEach(builder::fault);
        if (setup.clock() != null) {
            builder.clock(setup.clock());
        }
        if (setup.limits() != null) {
            builder.rateLimitPerMinute(setup.limits().perMinute());
        }
        return new TritonCampaignEmulator(builder.start());
    }

    /** The signing key, made on first use in a temporary folder (the fixture is made anew for every seed). */
    private static final class SigningKey {
        static final Identity IDENTITY = generate();

        private static Identity generate() {
            try {
                Path dir = Files.createTempDirectory("triton-campaign-key");
                Path file = dir.resolve("id_ed25519");
                dir.toFile().deleteOnExit(); // deleted last: the JVM deletes in the reverse order of registering
                file.toFile().deleteOnExit();
                dir.resolve("id_ed25519.pub").toFile().deleteOnExit();
                return IdentityFiles.generate(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
