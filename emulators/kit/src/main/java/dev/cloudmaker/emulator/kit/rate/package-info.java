/** How an emulated cloud limits each credential's requests: sliding windows (DigitalOcean) or token buckets (EC2). */
package dev.cloudmaker.emulator.kit.rate;
