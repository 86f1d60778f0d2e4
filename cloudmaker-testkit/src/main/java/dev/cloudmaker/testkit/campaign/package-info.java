/**
 * The randomized reliability campaigns (faults, kills, pacing) written once for every cloud: each cloud runs
 * them by extending {@link dev.cloudmaker.testkit.campaign.FaultCampaign}, {@link dev.cloudmaker.testkit.campaign.KillCampaign}
 * or {@link dev.cloudmaker.testkit.campaign.PacingCampaign} with its {@link dev.cloudmaker.testkit.campaign.CloudFixture}.
 */
package dev.cloudmaker.testkit.campaign;
