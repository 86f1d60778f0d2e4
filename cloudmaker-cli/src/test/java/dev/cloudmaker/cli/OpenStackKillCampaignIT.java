package dev.cloudmaker.cli;

import dev.cloudmaker.emulator.openstack.OpenStackCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.KillCampaign;

/**
 * The testkit's kill campaign: this module's jar against the OpenStack emulator (Designate on the same port, so the
 * definitions declare names); 4 kill points reduced, 40 full.
 */
class OpenStackKillCampaignIT extends KillCampaign {
    @Override
    protected CloudFixture cloud() {
        return new OpenStackCampaignFixture();
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
