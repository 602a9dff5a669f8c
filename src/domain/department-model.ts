import { groupComparable } from './comparability.ts';
import type { Figure } from './dataset-schema.ts';

export type Campaign = { group: string; sessions: Figure | null; reach: Figure | null };

/** Which measure of a campaign a figure is, if it is one: its sessions or its person-times. */
export function campaignMeasure(figure: Figure): 'sessions' | 'reach' | null {
  if (!figure.group) return null;
  if (figure.category === 'outreach-sessions') return 'sessions';
  if (figure.category === 'outreach-reach') return 'reach';
  return null;
}

/**
 * Activity groups that print how many sessions they held and/or how many person-times they reached,
 * in the order the article prints them: the rows of the campaign chart.
 */
export function campaignsOf(figures: readonly Figure[]): Campaign[] {
  const campaigns = new Map<string, Campaign>();
  for (const figure of figures) {
    if (!figure.group || campaignMeasure(figure) === null) continue;
    const campaign = campaigns.get(figure.group) ?? {
      group: figure.group,
      sessions: null,
      reach: null,
    };
    if (figure.category === 'outreach-sessions') campaign.sessions = figure;
    else campaign.reach = figure;
    campaigns.set(figure.group, campaign);
  }
  return [...campaigns.values()];
}

/** Groups of two or more figures of one unit and category: each gets a bar chart. */
export function chartableGroups(figures: readonly Figure[]) {
  return groupComparable(figures).filter((group) => group.figures.length > 1);
}

/** The figures no campaign chart shows: the campaigns' figures are charted once, there. */
export function outsideCampaigns(
  figures: readonly Figure[],
  campaigns: readonly Campaign[],
): Figure[] {
  const charted = new Set(campaigns.flatMap((c) => [c.sessions?.id, c.reach?.id]));
  return figures.filter((figure) => !charted.has(figure.id));
}
