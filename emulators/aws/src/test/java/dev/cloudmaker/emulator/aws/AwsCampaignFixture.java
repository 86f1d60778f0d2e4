package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.ServerSlugs;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.EmulatorSetup;
import dev.cloudmaker.testkit.campaign.RateLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * AWS's emulator for the testkit's campaigns: EC2 and Route 53 on one port, the emulator's own access key, region
 * {@code eu-west-1}, the EC2 actions and Route 53 operations cloudmaker calls as fault targets, instances running
 * after 300 ms, stops and starts done in 200 ms, Route 53 changes INSYNC after 100 ms. In this module's test jar,
 * for the campaigns of providers/aws and cloudmaker-cli.
 */
public final class AwsCampaignFixture implements CloudFixture {
    public static final String REGION = "eu-west-1";
    /** The region, an instance type, the one below it (a resize is a type change), and an image alias. */
    public static final ServerSlugs SLUGS = new ServerSlugs(REGION, "t3.small", "t3.micro", "debian-12");
    static final String NAMESPACE_TAG = "cloudmaker-namespace";
    /** EC2 throttles per account and API class with token buckets refilled about 5 a second (mutating calls). */
    private static final int REFILL_PER_SECOND = 5;

    @Override
    public String type() {
        return "aws";
    }

    @Override
    public ServerSlugs slugs() {
        return SLUGS;
    }

    /** One provider named {@code aws}: its region in cloud.json, the emulator's access key in security.json. */
    @Override
    public DefinitionFixture definition(Path dir) {
        return DefinitionFixture.in(dir).provider(type(), Map.of("access_key_id", AwsEmulatorBuilder.DEFAULT_ACCESS_KEY_ID,
                "secret_access_key", AwsEmulatorBuilder.DEFAULT_SECRET_ACCESS_KEY)).providerSettings(Map.of("region", REGION));
    }

    @Override
    public String namespaceTag(String namespace) {
        return NAMESPACE_TAG + "=" + namespace;
    }

    /** The calls of a provision: EC2 actions and Route 53 operations, the busiest twice. */
    @Override
    public List<String> faultEndpoints() {
        return List.of("*", "DescribeInstances", "DescribeInstances", "RunInstances", "RunInstances", "CreateTags",
                "DescribeImages", "DescribeKeyPairs", "ImportKeyPair", "DescribeSecurityGroups", "CreateSecurityGroup",
                "AuthorizeSecurityGroupIngress", "StopInstances", "ModifyInstanceAttribute", "StartInstances",
                "ListHostedZones", "CreateHostedZone", "ListResourceRecordSets", "ChangeResourceRecordSets",
                "ChangeResourceRecordSets", "GetChange");
    }

    @Override
    public String createEndpoint() {
        return "RunInstances";
    }

    @Override
    public RateLimits cloudLimits() {
        return new RateLimits(REFILL_PER_SECOND * 60, REFILL_PER_SECOND * 3600);
    }

    /** Route 53 shares the emulator's port, and {@link AwsEmulator#addZone} seeds a zone. */
    @Override
    public boolean offersDns() {
        return true;
    }

    /** Loopback, a free port, quick boots; faults, clock and throttle as asked. */
    @Override
    public CampaignEmulator start(EmulatorSetup setup) {
        AwsEmulatorBuilder builder = AwsEmulator.builder().port(0).region(REGION).seed(setup.seed())
                .bootDelay(Duration.ofMillis(300)).actionDuration(Duration.ofMillis(200))
                .changeDelay(Duration.ofMillis(100));
        setup.faults().forEach(builder::fault);
        if (setup.clock() != null) {
            builder.clock(setup.clock());
        }
        if (setup.limits() != null) {
            builder.throttle(setup.limits().perMinute(), setup.limits().perMinute() / 60.0);
        }
        return new AwsCampaignEmulator(builder.start());
    }
}
