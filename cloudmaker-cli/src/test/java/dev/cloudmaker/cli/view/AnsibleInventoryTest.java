package dev.cloudmaker.cli.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsibleInventoryTest {
    @Test
    void groupNamesKeepOnlyWhatAnsibleAcceptsWithoutWarning() {
        assertThat(AnsibleInventory.groupName("cloudmaker_reach-it")).isEqualTo("cloudmaker_reach_it");
        assertThat(AnsibleInventory.groupName("web.front")).isEqualTo("web_front");
        assertThat(AnsibleInventory.groupName("3tier")).isEqualTo("_3tier");
    }
}
