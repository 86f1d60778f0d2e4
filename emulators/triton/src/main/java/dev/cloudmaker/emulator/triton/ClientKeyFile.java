package dev.cloudmaker.emulator.triton;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A key given to the emulator as {@code X.pub} whose private half {@code X} lies beside it: a client of this
 * machine (the CLI's sandbox) signs with it, so the emulator can say which file to sign with. The emulator never
 * reads the private file.
 *
 * @param fingerprint the key's MD5 fingerprint, the last part of its keyId
 */
record ClientKeyFile(String fingerprint, Path privateKey) {

    /** The key of {@code publicFile} when its private half is beside it. */
    static Optional<ClientKeyFile> of(Path publicFile, String publicKeyLine) {
        String name = publicFile.getFileName().toString();
        if (!name.endsWith(".pub")) {
            return Optional.empty();
        }
        Path privateKey = publicFile.resolveSibling(name.substring(0, name.length() - ".pub".length()));
        return Files.isRegularFile(privateKey)
                ? Optional.of(new ClientKeyFile(AccountKey.of(null, publicKeyLine).fingerprint(), privateKey.toAbsolutePath()))
                : Optional.empty();
    }
}
