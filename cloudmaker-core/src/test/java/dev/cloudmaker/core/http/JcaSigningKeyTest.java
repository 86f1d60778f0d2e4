package dev.cloudmaker.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key behind a {@link JcaSigningKey} never shows: not in its string form, not in its refusals. */
class JcaSigningKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "EC", "Ed25519"})
    void itsStringFormNamesTheKeyButNeverShowsIt(String type) throws GeneralSecurityException {
        PrivateKey key = KeyPairGenerator.getInstance(type).generateKeyPair().getPrivate();
        JcaSigningKey signing = new JcaSigningKey("/acme/keys/aa:bb", key);

        String shown = signing + " " + new HttpSignatureAuth(signing, java.time.Clock.systemUTC());
        assertThat(shown).contains("/acme/keys/aa:bb").contains(signing.algorithm());
        assertNoKeyMaterial(shown, key);
    }

    @Test
    void aKeyTypeCloudApiDoesNotTakeIsRefusedWithoutShowingIt() throws GeneralSecurityException {
        for (String type : new String[] {"Ed448", "DSA"}) {
            PrivateKey key = KeyPairGenerator.getInstance(type).generateKeyPair().getPrivate();
            assertThatThrownBy(() -> new JcaSigningKey("/acme/keys/cc:dd", key))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("/acme/keys/cc:dd")
                    .hasMessageContaining("(" + type + ")")
                    .satisfies(e -> assertNoKeyMaterial(e.getMessage(), key));
        }
    }

    private static void assertNoKeyMaterial(String text, PrivateKey key) {
        assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(key.getEncoded()))
                .doesNotContain(HexFormat.of().formatHex(key.getEncoded()))
                .doesNotContain(key.toString());
        if (key instanceof RSAPrivateKey rsa) {
            assertThat(text).doesNotContain(rsa.getPrivateExponent().toString())
                    .doesNotContain(rsa.getPrivateExponent().toString(16));
        }
    }
}
