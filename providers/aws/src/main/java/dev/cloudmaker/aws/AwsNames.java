package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.Named;

/**
 * cloudmaker's names of key pairs and AMIs on EC2: {@code cloudmaker/<ns>/<name>} for a namespace's (AMI names
 * allow no {@code :}, so this one spelling serves both), the bare name for the account's own key.
 */
final class AwsNames {
    static final String PREFIX = "cloudmaker/";

    private AwsNames() {
    }

    static String name(Named named) {
        return named.namespace() == null ? named.name() : PREFIX + named.namespace() + "/" + named.name();
    }

    /** The {@link Named} a key pair or AMI name spells; null for names cloudmaker did not give. */
    static Named named(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            return null;
        }
        String rest = name.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        return slash <= 0 || slash == rest.length() - 1 ? null : new Named(rest.substring(0, slash), rest.substring(slash + 1));
    }
}
