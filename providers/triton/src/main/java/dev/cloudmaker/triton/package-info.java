/**
 * The Triton CloudAPI provider ({@code "type": "triton"}): machines, account keys, images and the catalogue of one
 * datacenter, reached with requests signed by the user's SSH key (http-signature).
 */
package dev.cloudmaker.triton;
