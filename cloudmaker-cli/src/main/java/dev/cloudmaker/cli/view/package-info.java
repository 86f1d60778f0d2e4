/**
 * What commands print: the plan as {@link PlanView} draws it, apply progress, tables of servers, and the inventory
 * as Ansible reads it. Plain text and ANSI colours only, with no picocli and no SSH.
 */
package dev.cloudmaker.cli.view;
