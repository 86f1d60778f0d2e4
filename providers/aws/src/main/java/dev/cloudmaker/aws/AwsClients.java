package dev.cloudmaker.aws;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.spi.ProviderSettings;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.Ec2ClientBuilder;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.Route53ClientBuilder;

/**
 * The EC2 and Route 53 clients of one provider, sharing one HTTP client, one credentials source and one
 * {@link CallStats}. Throttling ({@code RequestLimitExceeded}, {@code Throttling}) is paced by the SDK's adaptive
 * retry strategy: a client-side token bucket that slows every later call, not only the refused one.
 */
record AwsClients(Ec2Client ec2, Route53Client route53, Region region, CallStats stats, SdkHttpClient http)
        implements AutoCloseable {
    /** Attempts per call while AWS says slow down; the adaptive bucket spaces them. */
    static final int MAX_ATTEMPTS = 10;

    static AwsClients open(ProviderSettings settings) {
        Region region = AwsRegionSource.of(settings);
        AwsCredentialsProvider credentials = AwsCredentialsSource.of(settings);
        URI endpoint = endpoint(settings);
        CallStats stats = new CallStats(endpoint == null ? "AWS " + region.id() : endpoint.getAuthority());
        Duration timeout = settings.requestTimeout();
        SdkHttpClient http = ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(10)).socketTimeout(timeout)
                .maxConnections(64).build();
        ClientOverrideConfiguration config = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.adaptiveRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build())
                .addExecutionInterceptor(new CallCounter(stats))
                .apiCallAttemptTimeout(timeout).build();
        Ec2ClientBuilder ec2 = Ec2Client.builder().region(region).credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(config);
        // Route 53 is global: AWS's endpoint signs as us-east-1; an overridden one signs with the provider's region.
        Route53ClientBuilder route53 = Route53Client.builder().credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(config).region(endpoint == null ? Region.AWS_GLOBAL : region);
        if (endpoint != null) {
            ec2.endpointOverride(endpoint);
            route53.endpointOverride(endpoint);
        }
        return new AwsClients(ec2.build(), route53.build(), region, stats, http);
    }

    private static URI endpoint(ProviderSettings settings) {
        String url = settings.setting(AwsProviderFactory.API_URL, "").strip();
        if (url.isEmpty()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new CloudmakerException("provider " + settings.name() + " (aws): \"api_url\": \"" + url
                    + "\" is no http(s) URL; write one like http://127.0.0.1:4566, or remove it to use AWS itself");
        }
        return uri;
    }

    @Override
    public void close() {
        ec2.close();
        route53.close();
        http.close();
    }
}
