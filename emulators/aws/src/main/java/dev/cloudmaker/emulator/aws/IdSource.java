package dev.cloudmaker.emulator.aws;

/** Makes EC2-style ids ({@code i-0123456789abcdef0}): the same for the same seed and count, so seeded runs replay. */
@FunctionalInterface
interface IdSource {
    String next(String prefix);
}
