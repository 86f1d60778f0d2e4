package dev.cloudmaker.emulator.digitalocean;

/** The 400 of POST /v2/tags, whose body differs from every other error ({error, messages, root_causes}). */
final class TagNameError extends RuntimeException {
    TagNameError(String name) {
        super("tag name \"" + name + "\" is invalid: use letters, numbers, colons, dashes and underscores",
                null, false, false);
    }
}
