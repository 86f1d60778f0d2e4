/**
 * The inventory file ({@code cloudmaker_inventory.json}, the seed tool's format): a namespace's servers with the
 * DNS names whose A and AAAA records point at them, written after each apply for other tools to read.
 */
package dev.cloudmaker.core.inventory;
