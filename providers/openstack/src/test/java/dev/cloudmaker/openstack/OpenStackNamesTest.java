package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.Named;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Names and tags within what Nova and Designate accept, and read back as cloudmaker wrote them. */
class OpenStackNamesTest {
    static Stream<Named> keyNames() {
        Random random = new Random(18);
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789-";
        return IntStream.range(0, 25).mapToObj(i -> new Named(word(random, "abcdefghij", 1 + random.nextInt(12)),
                word(random, letters + "_.@", 1 + random.nextInt(30))));
    }

    @ParameterizedTest
    @MethodSource("keyNames")
    void keyPairNamesHaveNoColonAndReadBack(Named named) {
        String name = KeyNames.name(named);

        assertThat(name).doesNotContain(":").matches("[A-Za-z0-9_.@ -]+");
        assertThat(KeyNames.named(name)).isEqualTo(named);
    }

    @Test
    void accountKeysKeepTheirNameAndOthersUsersKeysAreNotCloudmakers() {
        assertThat(KeyNames.name(Named.account("admin"))).isEqualTo("admin");
        assertThat(KeyNames.named("alice-laptop")).isNull();
        assertThatThrownBy(() -> KeyNames.name(new Named("prod", "a:b"))).hasMessageContaining("a:b")
                .hasMessageContaining("rename");
    }

    @Test
    void namespaceTagsFitNovasSixtyCharacters() {
        assertThat(NovaTags.tag(new Mark.Namespace("prod"))).isEqualTo("cloudmaker:prod");
        assertThat(NovaTags.tags("prod", List.of("web", "cloudmaker:spoof"))).containsExactly("cloudmaker:prod", "web");
        String ns = "n".repeat(50);
        assertThatThrownBy(() -> NovaTags.tag(new Mark.Namespace(ns))).hasMessageContaining("61 characters")
                .hasMessageContaining("at most 49 characters");
        assertThatThrownBy(() -> NovaTags.tags("prod", List.of("a/b"))).hasMessageContaining("'/' or ','");
    }

    @Test
    void designateNamesCarryTheTrailingDotAndReadBackRelative() {
        assertThat(DesignateDns.absolute("www", "example.org")).isEqualTo("www.example.org.");
        assertThat(DesignateDns.absolute("@", "example.org.")).isEqualTo("example.org.");
        assertThat(DesignateDns.relative("www.example.org.", "example.org")).isEqualTo("www");
        assertThat(DesignateDns.relative("example.org.", "example.org")).isEqualTo("@");
        assertThat(DesignateDns.relative("a.b.example.org.", "example.org.")).isEqualTo("a.b");
    }

    @Test
    void theNetworkIsTheNamedOneElseTheOneExternalElseTheOnly() {
        var pub = ServiceCatalogTest.read("{\"id\":\"n1\",\"name\":\"public\",\"router:external\":true}");
        var priv = ServiceCatalogTest.read("{\"id\":\"n2\",\"name\":\"private\",\"router:external\":false}");
        var other = ServiceCatalogTest.read("{\"id\":\"n3\",\"name\":\"ext2\",\"router:external\":true}");

        assertThat(NeutronNetworks.choose(List.of(pub, priv), null)).isSameAs(pub);
        assertThat(NeutronNetworks.choose(List.of(priv), null)).isSameAs(priv);
        assertThat(NeutronNetworks.choose(List.of(pub, priv), "n2")).isSameAs(priv);
        assertThat(NeutronNetworks.choose(List.of(pub, priv), "private")).isSameAs(priv);
        assertThatThrownBy(() -> NeutronNetworks.choose(List.of(pub, priv, other), null))
                .hasMessageContaining("2 external networks").hasMessageContaining("set \"network\"");
        assertThatThrownBy(() -> NeutronNetworks.choose(List.of(pub, priv), "lan"))
                .hasMessageContaining("no network \"lan\"").hasMessageContaining("public, private");
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
