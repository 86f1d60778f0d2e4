package dev.cloudmaker.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ProviderConfig;
import dev.cloudmaker.core.model.ServerSpec;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A definition that mixes providers and accounts: the example, and the credentials it takes. */
class MixedProvidersTest {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDJL6Wvk9wZU3NOAEqxTemRqxSf8m9wuhEk0yunvRZd7 fredy@acme.com";
    private static final String SHOP = """
            {
              "namespace": "shop",
              "providers": {
                "nyc":  { "type": "digitalocean" },
                "ams":  { "type": "digitalocean", "api_url": "https://api.digitalocean.com" },
                "home": { "type": "local" }
              },
              "dns": "nyc",
              "defaults": { "provider": "nyc", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64" },
              "servers": {
                "web1": { "names": ["www.shop.example.com"] },
                "web2": { "provider": "ams", "region": "ams3", "names": ["eu.shop.example.com"] },
                "ci":   { "provider": "home", "region": "local", "size": "small", "image": "debian-12" }
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void eachServerRunsOnTheProviderItNamesAndDnsIsApart() {
        Definition def = TestProviderTypes.load(TestFiles.write(dir, "cloud.json", SHOP));

        assertThat(def.providers().values()).containsExactly(
                new ProviderConfig("nyc", "digitalocean", Map.of()),
                new ProviderConfig("ams", "digitalocean", Map.of("api_url", "https://api.digitalocean.com")),
                new ProviderConfig("home", "local", Map.of()));
        assertThat(def.servers()).extracting(ServerSpec::name, ServerSpec::provider)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("web1", "nyc"), org.assertj.core.groups.Tuple.tuple("web2", "ams"),
                        org.assertj.core.groups.Tuple.tuple("ci", "home"));
        assertThat(def.dns()).isEqualTo("nyc");
        assertThat(def.serversOn("ams")).extracting(ServerSpec::region).containsExactly("ams3");
    }

    @Test
    void theOnlyProviderHoldsDnsWhenItsTypeHasDnsAndLocalMachinesNeedNone() {
        Path seed = TestFiles.write(dir, "cloud.json", "{\"web\": {\"region\": \"nyc3\", \"size\": \"s\", \"image\": \"i\", \"names\": [\"a.example.com\"]}}");
        assertThat(TestProviderTypes.load(seed).dns()).isEqualTo("digitalocean");

        Path local = TestFiles.write(dir, "cloud.json", "{\"provider\": \"local\", \"servers\": {\"ci\": {\"region\": \"local\", \"size\": \"s\", \"image\": \"i\"}}}");
        assertThat(TestProviderTypes.load(local).dns()).isNull();
    }

    @Test
    void eachAccountGetsItsOwnSectionAndLocalMachinesNone() {
        Definition def = TestProviderTypes.load(TestFiles.write(dir, "cloud.json", SHOP));
        Path security = TestFiles.write(dir, "security.json", """
                {"providers": {"nyc": {"token": "tok-nyc"}, "ams": {"token": "tok-ams"}}, "public_ssh_key": "%s"}
                """.formatted(KEY));

        Credentials c = CredentialsLoader.load(security, def.providers(), TestProviderTypes.INSTALLED,
                Map.of("DIGITALOCEAN_TOKEN", "from-env"));

        assertThat(c.of("nyc").get("token").orElseThrow().reveal()).isEqualTo("tok-nyc");
        assertThat(c.of("ams").get("token").orElseThrow().reveal()).isEqualTo("tok-ams");
        assertThat(c.of("home").fields()).isEmpty();
        assertThat(c.toString()).doesNotContain("tok-nyc", "tok-ams");
    }

    @Test
    void aMissingAccountNamesTheProviderTheFieldAndWhyTheEnvironmentDoesNotApply() {
        Definition def = TestProviderTypes.load(TestFiles.write(dir, "cloud.json", SHOP));
        Path security = TestFiles.write(dir, "security.json", """
                {"providers": {"nyc": {"token": "tok-nyc"}}, "public_ssh_key": "%s"}
                """.formatted(KEY));

        assertThatThrownBy(() -> CredentialsLoader.load(security, def.providers(), TestProviderTypes.INSTALLED,
                Map.of("DIGITALOCEAN_TOKEN", "from-env")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.diagnostics()).singleElement()
                        .satisfies(d -> assertThat(d.format()).contains("no DigitalOcean API token found for provider \"ams\" (token)",
                                "\"providers\": {\"ams\": {\"token\": \"...\"}}",
                                "DIGITALOCEAN_TOKEN and DIGITALOCEAN_ACCESS_TOKEN apply only when one digitalocean provider is declared")));
    }

    @Test
    void theSeedKeyCannotServeTwoAccounts() {
        Definition def = TestProviderTypes.load(TestFiles.write(dir, "cloud.json", SHOP));
        Path security = TestFiles.write(dir, "security.json", """
                {"digital_ocean_api_key": "the-secret-one", "public_ssh_key": "%s"}
                """.formatted(KEY));

        assertThatThrownBy(() -> CredentialsLoader.load(security, def.providers(), TestProviderTypes.INSTALLED, Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.diagnostics()).anySatisfy(d -> assertThat(d.format())
                            .contains("/digital_ocean_api_key", "cannot say which of the 2 digitalocean providers (nyc, ams)"));
                    assertThat(e.getMessage()).doesNotContain("the-secret-one");
                });
    }

    @Test
    void typosInSectionsAreLocatedWithoutQuotingValues() {
        Definition def = TestProviderTypes.load(TestFiles.write(dir, "cloud.json", SHOP));
        Path security = TestFiles.write(dir, "security.json", """
                {"providers": {"nyc": {"token": "tok-nyc", "tokn": "leaked?"}, "amss": {"token": "x"},
                               "ams": {"token": "tok-ams"}, "other-definition": {"token": "y"}},
                 "public_ssh_key": "%s"}
                """.formatted(KEY));

        assertThatThrownBy(() -> CredentialsLoader.load(security, def.providers(), TestProviderTypes.INSTALLED, Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.diagnostics()).extracting(Diagnostic::pointer)
                            .containsExactlyInAnyOrder("/providers/nyc/tokn", "/providers/amss");
                    assertThat(e.getMessage()).doesNotContain("leaked?", "tok-nyc");
                });
    }

    @Test
    void oneProviderOfATypeStillTakesItsEnvironment() {
        Path cloud = TestFiles.write(dir, "cloud.json", """
                {"providers": {"prod": {"type": "digitalocean"}, "home": {"type": "local"}},
                 "servers": {"web": {"provider": "prod", "region": "nyc3", "size": "s", "image": "i"}}}
                """);
        Definition def = TestProviderTypes.load(cloud);
        Path security = TestFiles.write(dir, "security.json", "{\"public_ssh_key\": \"" + KEY + "\"}");

        Credentials c = CredentialsLoader.load(security, def.providers(), TestProviderTypes.INSTALLED,
                Map.of("DIGITALOCEAN_ACCESS_TOKEN", "from-env"));

        assertThat(c.of("prod").get("token").orElseThrow().reveal()).isEqualTo("from-env");
    }
}
