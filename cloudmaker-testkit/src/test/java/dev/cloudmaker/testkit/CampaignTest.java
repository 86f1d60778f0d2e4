package dev.cloudmaker.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CampaignTest {

    @Test
    void theModuleUnderTestIsNamedFromTheRepositoryRoot() {
        assertThat(Campaign.moduleUnderTest()).isEqualTo("cloudmaker-testkit");
        assertThat(Campaign.replayCommand(Campaign.moduleUnderTest(), "FaultCampaignIT", 7))
                .startsWith("./mvnw -B -o -pl cloudmaker-testkit -am verify ")
                .contains("-Dit.test=FaultCampaignIT ").endsWith("-Dcloudmaker.campaign.seed=7");
    }
}
