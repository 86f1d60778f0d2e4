package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.http.ApiResponse;

/** One CloudAPI operation; it throws {@link TritonError} for an error answer. */
@FunctionalInterface
interface TritonEndpoint {
    ApiResponse answer(TritonRequest request);
}
