package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.core.model.SshPublicKey;

/**
 * An SSH key of the account, as CloudAPI lists it: its name (the fingerprint when none was given), its MD5
 * fingerprint ({@code aa:bb:...}) and its OpenSSH line. Requests are signed with the private half.
 */
record AccountKey(String name, String fingerprint, String key) {

    /** A key from an OpenSSH line; an empty or null name takes the fingerprint. */
    static AccountKey of(String name, String line) {
        SshPublicKey parsed = SshPublicKey.parse(line);
        String fingerprint = parsed.md5Fingerprint();
        return new AccountKey(name == null || name.isBlank() ? fingerprint : name, fingerprint, parsed.line());
    }

    /** Whether {@code id} names it: CloudAPI looks keys up by name or by MD5 fingerprint. */
    boolean isNamed(String id) {
        return name.equals(id) || fingerprint.equals(id);
    }
}
