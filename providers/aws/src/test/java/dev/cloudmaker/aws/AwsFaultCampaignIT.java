package dev.cloudmaker.aws;

import dev.cloudmaker.emulator.aws.AwsCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.FaultCampaign;
import dev.cloudmaker.testkit.campaign.ProviderFixture;

/**
 * The testkit's fault campaign on the AWS emulator (EC2 and Route 53 on one port, so definitions declare names):
 * 12 schedules reduced, 200 full. A lost RunInstances reply is safe because the launch's ClientToken gives the same
 * reservation back on the retry.
 */
class AwsFaultCampaignIT extends FaultCampaign {
    @Override
    protected int reducedSchedules() {
        return 12;
    }

    @Override
    protected CloudFixture cloud() {
        return new AwsCampaignFixture();
    }

    @Override
    protected ProviderFixture provider() {
        return new AwsProviderFixture();
    }
}
