package dev.cloudmaker.digitalocean;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.PacingCampaign;
import dev.cloudmaker.testkit.campaign.ProviderFixture;

/** The testkit's pacing campaign on DigitalOcean: 250 a minute and 5,000 an hour, 500 servers full, 25 at a tenth reduced. */
class RateLimitPacingIT extends PacingCampaign {
    @Override
    protected CloudFixture cloud() {
        return new DigitalOceanCampaignFixture();
    }

    @Override
    protected ProviderFixture provider() {
        return new DigitalOceanProviderFixture();
    }
}
