/**
 * A wire-compatible AWS emulator on one loopback port: EC2's Query API at {@code /} and Route 53's REST-XML API at
 * {@code /2013-04-01/}, SigV4-checked, on the emulator kit (faults, latency, token-bucket throttling, state file).
 */
package dev.cloudmaker.emulator.aws;
