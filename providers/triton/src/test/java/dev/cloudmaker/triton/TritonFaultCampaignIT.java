package dev.cloudmaker.triton;

import dev.cloudmaker.emulator.triton.TritonCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.FaultCampaign;
import dev.cloudmaker.testkit.campaign.ProviderFixture;

/**
 * The testkit's fault campaign on Triton's emulator: 12 schedules reduced (a Triton schedule takes about
 * 1.5 s of wall time to DigitalOcean's 0.6 s), 200 full. CloudAPI has no DNS, so the definitions declare no names.
 */
class TritonFaultCampaignIT extends FaultCampaign {
    @Override
    protected int reducedSchedules() {
        return 12;
    }

    @Override
    protected CloudFixture cloud() {
        return new TritonCampaignFixture();
    }

    @Override
    protected ProviderFixture provider() {
        return new TritonProviderFixture();
    }
}
