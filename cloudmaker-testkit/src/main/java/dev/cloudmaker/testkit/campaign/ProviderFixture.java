package dev.cloudmaker.testkit.campaign;

import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.time.Sleeper;
import java.time.Clock;

/**
 * Builds a cloud's provider in-process for {@link FaultCampaign} and {@link PacingCampaign}: as its factory builds
 * it, but with the retries or the clock a campaign needs. Its emulator's side is the {@link CloudFixture}.
 */
public interface ProviderFixture {

    /** The provider with its usual pacer, and these retries. */
    Provider provider(ProviderSettings settings, RetrySettings retry);

    /**
     * The provider with its pacer at a {@code scale}-th of its usual limits, and its client (pacer, pauses
     * after a 429) on {@code clock}, sleeping with {@code sleeper}.
     */
    Provider pacedProvider(ProviderSettings settings, Clock clock, Sleeper sleeper, int scale);
}
