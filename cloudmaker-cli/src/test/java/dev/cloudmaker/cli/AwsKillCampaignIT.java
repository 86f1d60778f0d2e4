package dev.cloudmaker.cli;

import dev.cloudmaker.emulator.aws.AwsCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.KillCampaign;

/**
 * The testkit's kill campaign: this module's jar against the AWS emulator (EC2 and Route 53 on one port, so the
 * definitions declare names); 4 kill points reduced, 40 full.
 */
class AwsKillCampaignIT extends KillCampaign {
    @Override
    protected CloudFixture cloud() {
        return new AwsCampaignFixture();
    }

    @Override
    protected int reducedKillPoints() {
        return 4;
    }

    @Override
    protected int fullKillPoints() {
        return 40;
    }
}
