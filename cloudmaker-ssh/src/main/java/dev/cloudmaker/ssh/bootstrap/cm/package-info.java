/**
 * Configuration-management tools run masterless on the server (Ansible, Puppet, Salt, Chef through Cinc):
 * installed from the distribution's packages or their vendor's script, then given the role's file and run against
 * the machine itself, the tool deciding what changed.
 */
package dev.cloudmaker.ssh.bootstrap.cm;
