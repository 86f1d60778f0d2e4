package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.http.ApiResponse;

/** One operation of the API; it throws {@link ApiError} (or {@link TagNameError}) for an error answer. */
@FunctionalInterface
interface Endpoint {
    ApiResponse answer(ApiRequest request);
}
