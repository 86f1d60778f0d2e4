/** Seeded answer and boot delays per kind of call, so a benchmark against an emulator meets a cloud's timing. */
package dev.cloudmaker.emulator.kit.latency;
