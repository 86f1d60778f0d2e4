package dev.cloudmaker.testkit;

/**
 * The catalogue slugs a cloud's test definitions are drawn from.
 *
 * @param smallerSize one size below {@code size} that the cloud can resize up from (resize scenarios)
 */
public record ServerSlugs(String region, String size, String smallerSize, String image) {
}
