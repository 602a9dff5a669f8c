import { useMemo } from 'react';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { campaignMeasure, type Campaign } from '../domain/department-model.ts';
import type { Figure } from '../domain/dataset-schema.ts';
import { figureValueText } from '../domain/figure-text.ts';
import { PanelBoundary } from '../ui/error-boundary.tsx';
import { FigureValue } from '../ui/figure-value.tsx';
import { useLocale, useT } from '../ui/locale-context.tsx';
import { buildCampaignOption, type CampaignValue } from './builders/campaign-bars.ts';
import { useChartColours } from './chart-colours.ts';
import { ChartPanel, type PanelLayoutProps } from './chart-panel.tsx';
import { describeChart } from './describe-chart.ts';
import { textTooltip } from './text-tooltip.ts';

export type CampaignPanelProps = PanelLayoutProps & {
  campaigns: readonly Campaign[];
  index: DatasetIndex;
};

/** The units a measure printed across the campaigns, for its title: 场次 / 次. */
function unitsOf(figures: ReadonlyArray<Figure | null>, locale: 'zh' | 'en', index: DatasetIndex) {
  const units = [...new Set(figures.flatMap((f) => (f ? [index.unitName(f.unit, locale)] : [])))];
  return units.join(' / ');
}

/** Sessions and person-times of each outreach campaign, each measure on its own axis. */
function CampaignPanelBody({ campaigns, index, fontSize, height, variant }: CampaignPanelProps) {
  const t = useT();
  const locale = useLocale();
  const colours = useChartColours();

  const rows = useMemo(() => {
    const nameOf = (campaign: Campaign) => {
      const figure = campaign.sessions ?? campaign.reach;
      return (figure && index.groupName(figure)?.[locale]) ?? campaign.group;
    };
    const valueOf = (figure: Figure | null): CampaignValue | null =>
      figure
        ? {
            value: figure.value,
            qualifier: figure.qualifier,
            text: figureValueText(figure, locale, index),
          }
        : null;
    // A measure the department did report, that the filter left out, must not read 原文未报道.
    const printed = (campaign: Campaign, measure: 'sessions' | 'reach') => {
      const figure = campaign.sessions ?? campaign.reach;
      return index
        .figuresOf(figure?.department ?? '')
        .some((f) => f.group === campaign.group && campaignMeasure(f) === measure);
    };
    const missing = (campaign: Campaign) => ({
      ...(!campaign.sessions && printed(campaign, 'sessions')
        ? { sessions: t('department.campaignFiltered') }
        : {}),
      ...(!campaign.reach && printed(campaign, 'reach')
        ? { reach: t('department.campaignFiltered') }
        : {}),
    });
    return campaigns.map((campaign) => ({
      campaign,
      name: nameOf(campaign),
      row: {
        id: campaign.group,
        label: nameOf(campaign),
        sessions: valueOf(campaign.sessions),
        reach: valueOf(campaign.reach),
        missing: missing(campaign),
        tooltipLines: [
          nameOf(campaign),
          ...[campaign.sessions, campaign.reach]
            .filter((f): f is Figure => f !== null)
            .map((f) =>
              t('format.labelled', {
                label: f.metric[locale],
                value: `${figureValueText(f, locale, index)} ${t('format.quote', { quote: f.quote })}`,
              }),
            ),
        ],
      },
    }));
  }, [campaigns, index, locale, t]);

  const department = campaigns[0]?.sessions?.department ?? campaigns[0]?.reach?.department ?? '';
  const option = useMemo(
    () =>
      buildCampaignOption(
        rows.map((r) => r.row),
        {
          sessionsTitle: t('format.groupTitle', {
            category: t('department.campaignSessions'),
            unit: unitsOf(
              campaigns.map((c) => c.sessions),
              locale,
              index,
            ),
          }),
          reachTitle: t('format.groupTitle', {
            category: t('department.campaignReach'),
            unit: unitsOf(
              campaigns.map((c) => c.reach),
              locale,
              index,
            ),
          }),
          colour: colours.department(index.departmentSlot(department)),
          missingText: t('department.campaignMissing'),
          hatchColour: colours.hatch,
          ...(variant ? { variant } : {}),
          renderTooltip: textTooltip,
          ...(fontSize ? { fontSize } : {}),
        },
      ),
    [campaigns, colours, department, fontSize, index, locale, rows, t, variant],
  );

  const description = describeChart(
    rows.map(({ name, campaign }) => ({
      label: name,
      figures: [campaign.sessions, campaign.reach].filter((f): f is Figure => f !== null),
    })),
    index,
    locale,
  );

  return (
    <ChartPanel
      title={t('department.campaigns')}
      description={description}
      option={option}
      // Two blocks of rows, each with room for a campaign name on two lines.
      height={height ?? `${Math.max(380, campaigns.length * 2 * 52 + 110)}px`}
      variant={variant}
      fileName="campaigns"
      articles={[
        ...new Set(
          campaigns
            .flatMap((c) => [c.sessions?.article, c.reach?.article])
            .filter((a) => a !== undefined),
        ),
      ]}
      notes={t('legend.lowerBound')}
      table={{
        columns: [
          t('table.metric'),
          t('department.campaignSessions'),
          t('department.campaignReach'),
        ],
        rows: rows.map(({ campaign, name }) => ({
          key: campaign.group,
          cells: [
            name,
            campaign.sessions ? <FigureValue figure={campaign.sessions} index={index} /> : '—',
            campaign.reach ? <FigureValue figure={campaign.reach} index={index} /> : '—',
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
