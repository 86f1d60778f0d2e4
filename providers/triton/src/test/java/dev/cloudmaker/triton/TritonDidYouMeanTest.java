package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.engine.CatalogCheck;
import dev.cloudmaker.core.spi.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unknown package or image on Triton is a misspelling: the check says "did you mean", never "retired". */
class TritonDidYouMeanTest {
    private static TritonAccount account;
    private static Provider provider;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        account = TritonAccount.start();
        provider = account.provider();
    }

    @AfterAll
    static void stop() {
        provider.close();
        account.close();
    }

    @Test
    void aPackageATypoAwayIsSuggested() throws Exception {
        assertThat(problems("g1.smal", "debian-12")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("size \"g1.smal\" does not exist; did you mean \"g1.small\"?"));
    }

    @Test
    void anImageVersionNotThereSuggestsTheNewestOfThatName() throws Exception {
        assertThat(problems("g1.nano", "base-64-lts@19.1.0")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("image \"base-64-lts@19.1.0\" does not exist; did you mean \"base-64-lts@22.4.0\"?"));
    }

    @Test
    void anImageOfAnotherReleaseSuggestsTheNewestOfItsFamilyAndAMisspeltOneTheNameATypoAway() throws Exception {
        assertThat(problems("g1.nano", "debian-11")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("image \"debian-11\" does not exist; did you mean \"debian-12\"?"));
        assertThat(problems("g1.nano", "ubunt-24.04")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("image \"ubunt-24.04\" does not exist; did you mean \"ubuntu-24.04\"?"));
    }

    @Test
    void nothingNearSuggestsNothingAndNothingIsCalledRetired() throws Exception {
        assertThat(problems("x9.huge", "plan9")).extracting(Diagnostic::message).containsExactly(
                "size \"x9.huge\" does not exist", "image \"plan9\" does not exist");
    }

    private List<Diagnostic> problems(String size, String image) throws Exception {
        Path cloudJson = dir.resolve("cloud.json");
        Files.writeString(cloudJson, """
                {
                  "providers": { "dc1": { "type": "triton", "url": "%s", "account": "alice" } },
                  "servers": { "web1": { "region": "emu-1", "size": "%s", "image": "%s" } }
                }
                """.formatted(account.emulator().baseUrl(), size, image));
        return new CatalogCheck(DefinitionLoader.load(cloudJson), "dc1", provider.catalog()).problems();
    }
}
