package dev.cloudmaker.local;

import dev.cloudmaker.ssh.bootstrap.step.Fail2banStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImageStoreTest {
    @TempDir
    Path images;

    @Test
    void theRecipeIdNamesTheSuiteAndEverythingThatGoesIn() {
        assertThat(ImageStore.recipeId("bookworm")).hasSize(12).isEqualTo(ImageStore.recipeId("bookworm"))
                .isNotEqualTo(ImageStore.recipeId("trixie"));
    }

    @Test
    void theImagesFail2banJailIsTheOneTheBootstrapWritesForSshOnPort22() {
        assertThat(ImageStore.FAIL2BAN_JAIL).isEqualTo(new Fail2banStep(22).jail(true));
        assertThat("/" + ImageStore.FAIL2BAN_JAIL_PATH).isEqualTo(Fail2banStep.JAIL);
    }

    @Test
    void theCurrentVersionIsTheOneBuilt() throws IOException {
        ImageStore store = new ImageStore(images, null);
        assertThat(store.built("debian-12")).isEmpty();

        Path current = Files.createDirectories(images.resolve("debian-12").resolve(ImageStore.recipeId("bookworm")).resolve("rootfs"));

        assertThat(store.built("debian-12")).contains(current);
    }

    @Test
    void oldVersionsGoOnlyWhenNoMachineUsesThem() throws IOException {
        Path image = images.resolve("debian-12");
        Path current = Files.createDirectories(image.resolve(ImageStore.recipeId("bookworm")).resolve("rootfs"));
        Path usedOld = Files.createDirectories(image.resolve("0123456789ab").resolve("rootfs"));
        Path unusedOld = Files.createDirectories(image.resolve("ba9876543210").resolve("rootfs"));
        Files.writeString(unusedOld.resolve("etc-hostname"), "old\n");
        Path legacy = Files.createDirectories(image.resolve("rootfs"));
        Path building = Files.createDirectories(image.resolve("fedcba987654").resolve("rootfs.building"));
        Files.writeString(image.resolve("build.lock"), "");

        new ImageStore(images, null).pruneOldVersions("debian-12", Set.of(usedOld));

        assertThat(current).isDirectory();
        assertThat(usedOld).isDirectory();
        assertThat(unusedOld.getParent()).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(building).as("another process may be building it").isDirectory();
        assertThat(image.resolve("build.lock")).exists();
    }
}
