package dev.cloudmaker.aws;

import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.testkit.campaign.ProviderFixture;
import java.time.Clock;

/**
 * The AWS provider for the testkit's in-process campaigns, made by {@link AwsProviderFactory}. Its retries and
 * pacing are the SDK's (the adaptive retry strategy, on the system clock), not cloudmaker's {@link RetrySettings}
 * or pacer, so the campaign's retry settings do not apply and there is no paced variant.
 */
final class AwsProviderFixture implements ProviderFixture {

    @Override
    public Provider provider(ProviderSettings settings, RetrySettings retry) {
        return new AwsProviderFactory().create(settings);
    }

    /** The SDK's adaptive token bucket reads the system clock and cannot be scaled: no pacing campaign on AWS. */
    @Override
    public Provider pacedProvider(ProviderSettings settings, Clock clock, Sleeper sleeper, int scale) {
        throw new UnsupportedOperationException("the AWS provider is paced by the SDK's adaptive retry strategy, "
                + "which takes no clock and no scale");
    }
}
