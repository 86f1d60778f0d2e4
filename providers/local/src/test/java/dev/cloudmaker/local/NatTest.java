package dev.cloudmaker.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NatTest {
    private final Nat nat = new Nat("cm-lab0", Subnet.parse("10.213.9.0/24"), Path.of("/nonexistent"));

    @Test
    void eachBridgeHasATableOfItsOwnNamedAsNftAccepts() {
        assertThat(nat.table()).isEqualTo("cloudmaker_cm_lab0");
    }

    @Test
    void theRulesetMasqueradesOnlyTheSubnetLeavingByAnotherInterfaceAndReplacesItsEarlierSelf() {
        String rules = nat.ruleset();

        assertThat(rules).startsWith("table ip cloudmaker_cm_lab0 {}\ndelete table ip cloudmaker_cm_lab0\n")
                .contains("ip saddr 10.213.9.0/24 oifname != \"cm-lab0\" masquerade")
                .contains("iifname \"cm-lab0\" accept", "oifname \"cm-lab0\" ct state established,related accept");
    }
}
