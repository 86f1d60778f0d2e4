package dev.cloudmaker.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HostLimitsTest {
    @TempDir
    Path dir;

    @Test
    void aLowInotifyLimitIsRaisedWithANotice() throws IOException {
        Path limit = Files.writeString(dir.resolve("max_user_instances"), "128\n");
        List<String> notices = new ArrayList<>();

        HostLimits.ensure(limit, notices::add);

        assertThat(Files.readString(limit).strip()).isEqualTo(Integer.toString(HostLimits.WANTED_INOTIFY_INSTANCES));
        assertThat(notices).singleElement().asString().contains("from 128 to " + HostLimits.WANTED_INOTIFY_INSTANCES);
    }

    @Test
    void aHigherLimitIsNeverLowered() throws IOException {
        Path limit = Files.writeString(dir.resolve("max_user_instances"), "100000\n");
        List<String> notices = new ArrayList<>();

        HostLimits.ensure(limit, notices::add);

        assertThat(Files.readString(limit).strip()).isEqualTo("100000");
        assertThat(notices).isEmpty();
    }
}
