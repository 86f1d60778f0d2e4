package dev.cloudmaker.cli;

import dev.cloudmaker.emulator.triton.TritonCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.KillCampaign;

/**
 * The testkit's kill campaign: this module's jar, signing with the campaign's key file, against Triton's emulator;
 * 4 kill points reduced, 40 full (DigitalOcean's 80 cover the engine; these, Triton's calls). CloudAPI has no DNS,
 * so the definitions declare no names.
 */
class TritonKillCampaignIT extends KillCampaign {
    @Override
    protected CloudFixture cloud() {
        return new TritonCampaignFixture();
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
