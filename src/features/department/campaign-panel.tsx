import { useMemo } from 'react';
import {
  buildCampaignOption,
  type CampaignValue,
} from '../../charts/builders/campaign-dual-axis.ts';
import { ChartPanel, type ChartPanelProps } from '../../charts/chart-panel.tsx';
import { describeChart } from '../../charts/describe-chart.ts';
import { textTooltip } from '../../charts/text-tooltip.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Figure } from '../../domain/dataset-schema.ts';
import { formatMagnitude } from '../../domain/format-number.ts';
import { PanelBoundary } from '../../ui/error-boundary.tsx';
import { figureValueText } from '../../domain/figure-text.ts';
import { unitLabel } from '../../domain/labels.ts';
import { FigureValue } from '../../ui/figure-value.tsx';
import { useLocale, useT } from '../../ui/locale.tsx';
import type { Campaign } from '../../domain/department-model.ts';

export type CampaignPanelProps = {
  campaigns: readonly Campaign[];
  index: DatasetIndex;
  /** For the presentation's slides: label size in px, CSS height, and no desk controls. */
  fontSize?: number;
  height?: string;
  variant?: ChartPanelProps['variant'];
};

/** Sessions (bars) and person-times (points) of each outreach campaign, on two axes. */
function CampaignPanelBody({
  campaigns,
  index,
  fontSize,
  height = '380px',
  variant,
}: CampaignPanelProps) {
  const t = useT();
  const locale = useLocale();
  const nameOf = (campaign: Campaign) => {
    const figure = campaign.sessions ?? campaign.reach;
    return (figure && index.groupName(figure)?.[locale]) ?? campaign.group;
  };
  const valueOf = (figure: Figure | null): CampaignValue | null =>
    figure
      ? {
          value: figure.value,
          qualifier: figure.qualifier,
          text: figureValueText(figure, locale),
        }
      : null;

  const option = useMemo(
    () =>
      buildCampaignOption(
        campaigns.map((campaign) => ({
          id: campaign.group,
          label: nameOf(campaign),
          sessions: valueOf(campaign.sessions),
          reach: valueOf(campaign.reach),
          tooltipLines: [
            nameOf(campaign),
            ...[campaign.sessions, campaign.reach]
              .filter((f): f is Figure => f !== null)
              .map((f) =>
                t('format.labelled', {
                  label: f.metric[locale],
                  value: `${figureValueText(f, locale)} ${t('format.quote', { quote: f.quote })}`,
                }),
              ),
          ],
        })),
        {
          sessionsName: t('department.campaignSessions'),
          reachName: t('department.campaignReach'),
          sessionsAxisName: t('department.campaignSessionsAxis'),
          // The unit of the points is whatever the campaigns printed for their reach (人次).
          reachAxisName: unitLabel(campaigns.find((c) => c.reach)?.reach?.unit ?? '', locale),
          formatAxisValue: (value) => formatMagnitude(value, locale),
          renderTooltip: textTooltip,
          fontSize,
        },
      ),
    // nameOf and valueOf only read index, locale and t.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [campaigns, fontSize, index, locale, t],
  );

  const description = describeChart(
    campaigns.map((c) => ({
      label: nameOf(c),
      figures: [c.sessions, c.reach].filter((f): f is Figure => f !== null),
    })),
    index,
    locale,
  );

  return (
    <ChartPanel
      title={t('department.campaigns')}
      description={description}
      option={option}
      height={height}
      variant={variant}
      fileName="campaigns"
      notes={`${t('legend.lowerBound')} ${t('legend.hollowPoint')}`}
      table={{
        columns: [
          t('table.metric'),
          t('department.campaignSessions'),
          t('department.campaignReach'),
        ],
        rows: campaigns.map((campaign) => ({
          key: campaign.group,
          cells: [
            nameOf(campaign),
            campaign.sessions ? <FigureValue figure={campaign.sessions} /> : '—',
            campaign.reach ? <FigureValue figure={campaign.reach} /> : '—',
          ],
        })),
      }}
    />
  );
}

/** The panel inside its own error boundary: if it cannot be drawn, the rest of the page still is. */
export function CampaignPanel(props: CampaignPanelProps) {
  return (
    <PanelBoundary>
      <CampaignPanelBody {...props} />
    </PanelBoundary>
  );
}
