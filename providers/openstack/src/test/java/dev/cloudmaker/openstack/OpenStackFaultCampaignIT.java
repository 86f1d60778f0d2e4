package dev.cloudmaker.openstack;

import dev.cloudmaker.emulator.openstack.OpenStackCampaignFixture;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.FaultCampaign;
import dev.cloudmaker.testkit.campaign.ProviderFixture;

/**
 * The testkit's fault campaign on the OpenStack emulator (Designate on the same port, so definitions declare names):
 * 12 schedules reduced, 200 full.
 */
class OpenStackFaultCampaignIT extends FaultCampaign {
    @Override
    protected int reducedSchedules() {
        return 12;
    }

    @Override
    protected CloudFixture cloud() {
        return new OpenStackCampaignFixture();
    }

    @Override
    protected ProviderFixture provider() {
        return new OpenStackProviderFixture();
    }
}
