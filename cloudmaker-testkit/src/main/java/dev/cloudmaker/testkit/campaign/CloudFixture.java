package dev.cloudmaker.testkit.campaign;

import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.ServerSlugs;
import java.nio.file.Path;
import java.util.List;

/**
 * What the campaigns need to know of one cloud's emulator: how to start it, the slugs definitions are drawn
 * from, and where its fault specs can aim. Enough for {@link KillCampaign}, which drives the CLI jar; the
 * in-process campaigns also take a {@link ProviderFixture}.
 */
public interface CloudFixture {

    /** The provider type, as cloud.json names it. */
    String type();

    ServerSlugs slugs();

    /**
     * A new definition in {@code dir} with one provider of this type and credentials the emulator accepts, such as
     * {@code DefinitionFixture.in(dir).provider(type(), Map.of("token", "t"))}; DigitalOcean keeps the seed's format.
     */
    DefinitionFixture definition(Path dir);

    /** The tag the emulator's account shows on a server of {@code namespace} (DigitalOcean: {@code cloudmaker:<ns>}). */
    String namespaceTag(String namespace);

    /**
     * The operations fault specs may target ({@code *} among them), in a fixed order; an operation listed twice
     * is drawn twice as often.
     */
    List<String> faultEndpoints();

    /** The operation that creates servers, where {@code stale-after-create} faults aim. */
    String createEndpoint();

    /** The limits the real cloud enforces per credential, which its emulator enforces by default. */
    RateLimits cloudLimits();

    /** Whether the cloud keeps DNS records; when it does not, the campaigns' definitions declare no names. */
    default boolean offersDns() {
        return true;
    }

    /**
     * Whether a server name is the account's once, whatever the namespace (Triton's machine aliases): then the
     * server of another namespace the campaigns put in the account gets a name of its own.
     */
    default boolean namesUniquePerAccount() {
        return false;
    }

    /** Starts the emulator on a free loopback port with quick boots and actions. */
    CampaignEmulator start(EmulatorSetup setup);
}
