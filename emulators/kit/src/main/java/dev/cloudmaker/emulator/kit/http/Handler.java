package dev.cloudmaker.emulator.kit.http;

/** Carries out one request under the account's lock and answers it, errors included, in the cloud's shape. */
@FunctionalInterface
public interface Handler {
    ApiResponse handle(Call call);
}
