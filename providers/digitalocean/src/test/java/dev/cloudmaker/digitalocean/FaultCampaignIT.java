package dev.cloudmaker.digitalocean;

import dev.cloudmaker.testkit.campaign.FaultCampaign;
import dev.cloudmaker.testkit.campaign.ProviderFixture;

/** The testkit's fault campaign on DigitalOcean: 40 seeds reduced, 200 full. */
class FaultCampaignIT extends FaultCampaign {
    @Override
    protected ProviderFixture cloud() {
        return new DigitalOceanCampaignFixture();
    }
}
