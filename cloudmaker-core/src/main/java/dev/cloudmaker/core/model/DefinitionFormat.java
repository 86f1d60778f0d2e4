package dev.cloudmaker.core.model;

/** SEED: the original cloudmaker file, a map of server name to server. EXTENDED: provider, namespace, defaults, servers. */
public enum DefinitionFormat { SEED, EXTENDED }
