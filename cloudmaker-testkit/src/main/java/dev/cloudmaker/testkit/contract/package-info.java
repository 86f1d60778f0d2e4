/**
 * The provider contract by facet: what every provider's servers, keys, images, DNS and catalogue must do,
 * and how it answers for what is not there, as the planner and engine rely on it. A provider's test extends
 * each class its provider offers and says how to reach it.
 */
package dev.cloudmaker.testkit.contract;
