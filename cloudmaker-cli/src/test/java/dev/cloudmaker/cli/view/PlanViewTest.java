package dev.cloudmaker.cli.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanViewTest {
    private static PlanAction.CreateServer create(String provider, String name) {
        return new PlanAction.CreateServer(provider, name, "nyc3", "s-1vcpu-1gb", "debian-12-x64", false, false, false, null, List.of(), null);
    }

    private static String draw(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanView(new Style(false)).print(plan, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachProviderHasASectionInTheDefinitionsOrderAndDnsComesLast() {
        Plan plan = new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.of("nyc", "ams", "home"), "nyc", "shop", "0",
                List.of(new PlanAction.CreateRecord("example.com", "A", "www", "www.example.com", "web2", null),
                        create("ams", "web2"),
                        new PlanAction.UploadKey("nyc", "cloudmaker you", "aa:bb"),
                        create("nyc", "web1"),
                        new PlanAction.ReplaceServer("nyc", "42", "provider nyc → ams", create("ams", "db1"))),
                List.of());

        List<String> lines = draw(plan).lines().toList();

        assertThat(lines).containsSubsequence(
                "  nyc       + key      cloudmaker you  (fingerprint aa:bb)",
                "            + server   web1  nyc3 s-1vcpu-1gb debian-12-x64",
                "  ams       + server   web2  nyc3 s-1vcpu-1gb debian-12-x64",
                "            -/+ server db1  replace: provider nyc → ams  (deletes server 42 and its disk)",
                "  dns: nyc  + dns      A    www.example.com → web2 (known after apply)",
                "Plan: 4 to add, 1 to change, 0 to destroy.");
        assertThat(lines).noneMatch(l -> l.contains("home"));
    }

    @Test
    void anEmptyPlanSaysSoInOneLine() {
        Plan plan = new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.of("nyc"), null, "shop", "0", List.of(), List.of());

        assertThat(draw(plan)).isEqualTo("No changes. The cloud matches the definition (namespace shop).\n");
    }

    @Test
    void driftHeldBackForReplaceIsNotCalledAMatch() {
        Plan plan = new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.of("nyc"), null, "shop", "0", List.of(),
                List.of("server web1 must be replaced to change region nyc3 → ams3"), List.of("web1"));

        assertThat(plan.matchesDefinition()).isFalse();
        assertThat(draw(plan)).doesNotContain("No changes").contains(
                "The cloud does not match the definition (namespace shop)",
                "Plan: 0 to add, 0 to change, 0 to destroy; 1 server drifted and is left as it is until --replace (web1).");
    }
}
