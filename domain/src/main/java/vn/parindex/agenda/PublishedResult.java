package vn.parindex.agenda;

import vn.parindex.campaign.CampaignKind;

/** A campaign whose results are out: what a viewer reads first. */
public record PublishedResult(Long campaignId, String name, int year, CampaignKind kind) {}
