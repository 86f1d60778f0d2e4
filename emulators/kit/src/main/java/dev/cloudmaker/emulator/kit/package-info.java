/**
 * What every cloud emulator shares at its surface: the {@link dev.cloudmaker.emulator.kit.EmulatorFactory} SPI that
 * starts one by cloud type (found through {@link java.util.ServiceLoader}), the {@link
 * dev.cloudmaker.emulator.kit.EmulatedAccount} read view tests check outcomes on, the operations a request can be, and
 * the JSON mapper of bodies and state files.
 */
package dev.cloudmaker.emulator.kit;
