package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.UsageException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteArgsTest {
    @Test
    void aLeadingColonMeansThePathIsOnTheServerAndEverythingElseIsLeftAlone() {
        assertThat(RemoteArgs.resolve(List.of("-av", "--exclude=a:b", "~/stuff", ":dest", ":"), "admin@10.0.0.2"))
                .containsExactly("-av", "--exclude=a:b", "~/stuff", "admin@10.0.0.2:dest", "admin@10.0.0.2:");
    }

    @Test
    void argumentsNamingNoPathOnTheServerAreAUsageError() {
        assertThatThrownBy(() -> RemoteArgs.requireRemotePath(List.of("-av", "a", "b:c"), "cloudmaker rsync web1 -av ~/stuff :dest"))
                .isInstanceOf(UsageException.class)
                .hasMessage("no path on the server: write it with a leading ':' and no host, e.g. cloudmaker rsync web1 -av ~/stuff :dest");
    }

    @Test
    void aDoubleDashRightAfterTheNameOnlySeparates() {
        assertThat(ArgumentsAfterName.of(List.of("--", "ls", "--", "-la"))).containsExactly("ls", "--", "-la");
        assertThat(ArgumentsAfterName.of(List.of("ls", "-la"))).containsExactly("ls", "-la");
    }
}
