package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.http.ApiResponse;

/** One operation of one service; it throws {@link OsError} for an error answer. */
@FunctionalInterface
interface OsEndpoint {
    ApiResponse answer(OsRequest request);
}
