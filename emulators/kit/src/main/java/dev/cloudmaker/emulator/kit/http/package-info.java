/**
 * The HTTP side every emulator shares: {@link dev.cloudmaker.emulator.kit.http.EmulatorServer} runs each request
 * through one pipeline (count, hook, faults, authentication, rate, dispatch under the state lock, persist, latency,
 * record) and asks the cloud's {@link dev.cloudmaker.emulator.kit.http.Wire} for everything protocol-specific;
 * operation tables are {@link dev.cloudmaker.emulator.kit.http.PathRouter} (REST) or
 * {@link dev.cloudmaker.emulator.kit.http.ActionRouter} (Query API).
 */
package dev.cloudmaker.emulator.kit.http;
