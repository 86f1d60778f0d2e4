package dev.cloudmaker.cli;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.KillCampaign;

/** The testkit's kill campaign: this module's jar against DigitalOcean's emulator, 8 seeds reduced, 80 full. */
class KillCampaignIT extends KillCampaign {
    @Override
    protected CloudFixture cloud() {
        return new DigitalOceanCampaignFixture();
    }
}
