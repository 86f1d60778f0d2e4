package dev.cloudmaker.digitalocean;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.FaultCampaign;
import dev.cloudmaker.testkit.campaign.ProviderFixture;

/** The testkit's fault campaign on DigitalOcean: 40 seeds reduced, 200 full. */
class FaultCampaignIT extends FaultCampaign {
    @Override
    protected CloudFixture cloud() {
        return new DigitalOceanCampaignFixture();
    }

    @Override
    protected ProviderFixture provider() {
        return new DigitalOceanProviderFixture();
    }
}
