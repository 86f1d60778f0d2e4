package dev.cloudmaker.emulator.aws;

/**
 * What a RunInstances {@code ClientToken} was first used for: a repeat with the same parameters gets that
 * reservation back, one with other parameters {@code IdempotentParameterMismatch}.
 *
 * @param parameters the request's parameters but the token, in a canonical text form
 */
record ClientTokenUse(String reservationId, String parameters) {
}
