/**
 * Benchmarks that run the real cloudmaker jar as a user would, against the DigitalOcean emulator with
 * DigitalOcean's latency and rate limits ({@link EmulatedCloud}) or on local machines, beside Ansible doing the
 * same work, and write their figures as CSV files.
 */
package dev.cloudmaker.bench;
