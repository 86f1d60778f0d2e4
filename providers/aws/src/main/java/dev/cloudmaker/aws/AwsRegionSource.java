package dev.cloudmaker.aws;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.ProviderSettings;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * The provider's region: {@code region} in cloud.json (which the environment's {@code AWS_REGION} or
 * {@code AWS_DEFAULT_REGION} completes), else the SDK's chain (the profile's {@code region}).
 */
final class AwsRegionSource {
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+-\\d+|[a-z0-9-]+");

    private AwsRegionSource() {
    }

    static Region of(ProviderSettings settings) {
        String region = settings.setting(AwsProviderFactory.REGION, "").strip();
        if (!region.isEmpty()) {
            if (!REGION.matcher(region).matches()) {
                throw new CloudmakerException("provider " + settings.name() + " (aws): \"region\": \"" + region
                        + "\" is no AWS region name; write one like us-east-1 (`cloudmaker regions` lists them)");
            }
            return Region.of(region);
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            throw new CloudmakerException("provider " + settings.name() + " (aws) has no region: set \"region\" in its "
                    + "entry of cloud.json's \"providers\" (e.g. \"us-east-1\"), or AWS_REGION, or a region in ~/.aws/config");
        }
    }
}
