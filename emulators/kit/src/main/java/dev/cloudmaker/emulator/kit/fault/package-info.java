/** The fault grammar ({@code --fault SPEC}) and the injector that decides, seeded, which requests a fault hits. */
package dev.cloudmaker.emulator.kit.fault;
