package dev.cloudmaker.ssh.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.testkit.SshKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizedKeysTest {
    private final SshPublicKey login = SshPublicKey.parse(SshKeys.ed25519Line("cloudmaker@workstation"));
    private final SshPublicKey alice = SshPublicKey.parse(SshKeys.ed25519Line("alice@laptop"));
    private final SshPublicKey bob = SshPublicKey.parse(SshKeys.ed25519Line("bob@desk"));

    @Test
    void theLoginKeyComesFirstThenTheOthersEachOnceUnderAHeader() {
        SshPublicKey aliceAgain = SshPublicKey.parse(alice.type() + " " + alice.base64() + " another comment");
        SshPublicKey loginAgain = SshPublicKey.parse(login.type() + " " + login.base64());

        AuthorizedKeys keys = AuthorizedKeys.of("staging", login, List.of(alice, loginAgain, aliceAgain, bob));

        assertThat(keys.content().lines().toList()).containsExactly(
                "# Written by `cloudmaker keys sync` for namespace staging: the definition's key, then the namespace's keys."
                        + " The next sync undoes edits made here.",
                login.line(), alice.line(), bob.line());
    }

    @Test
    void keysAreFoundByTypeAndDataWhateverTheirOptionsAndComments() {
        String file = String.join("\n",
                "# a comment",
                "",
                "from=\"10.0.0.0/8\",no-pty " + alice.type() + " " + alice.base64() + " alice",
                bob.type() + "  " + bob.base64(),
                "not a key at all",
                "");

        assertThat(AuthorizedKeys.keysIn(file)).containsExactly(alice.type() + " " + alice.base64(), bob.type() + " " + bob.base64());
    }

    @Test
    void theChangeCountsKeysGainedAndLostAndRewritesOnlyWhatDiffers() {
        AuthorizedKeys wanted = AuthorizedKeys.of("ns", login, List.of(alice));

        assertThat(wanted.changeFrom(login.line() + "\n" + bob.line() + "\n")).isEqualTo(new AuthorizedKeys.Change(true, 1, 1));
        assertThat(wanted.changeFrom("")).isEqualTo(new AuthorizedKeys.Change(true, 2, 0));
        assertThat(wanted.changeFrom(wanted.content())).isEqualTo(new AuthorizedKeys.Change(false, 0, 0));
        assertThat(wanted.changeFrom(alice.line() + "\n" + login.line() + "\n")).as("same keys, other order and no header")
                .isEqualTo(new AuthorizedKeys.Change(true, 0, 0));
    }
}
