import type { StylesheetJson } from 'cytoscape'
import type { MapColors } from './mapPalette'
import type { RenderPolicy } from './renderPolicy'

/** The canvas stylesheet for a theme and a level-of-detail policy. */
export function mapStylesheet(colors: MapColors, policy: RenderPolicy): StylesheetJson {
  const edgeCurve = policy.haystack ? 'haystack' : 'straight'
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': colors.isolated,
        'border-width': policy.nodeBorders ? 1.5 : 0,
        'border-color': colors.background,
        label: policy.labelsOnDemand ? '' : 'data(label)',
        'font-size': 11,
        color: colors.text,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': colors.background,
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': policy.minZoomedFontSize,
        'overlay-opacity': 0,
      },
    },
    {
      selector:
        'node.owner, node.labelled, node.hover, node.kb-focus, node:selected, node.drop-target',
      style: { label: 'data(label)' },
    },
    {
      selector: 'node.owner',
      style: {
        'background-color': colors.owner,
        'border-width': 4,
        'border-color': colors.highlight,
        'font-size': 24,
        'font-weight': 'bold',
        'text-outline-width': 3,
        'min-zoomed-font-size': 0,
        'z-index': 20,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': edgeCurve,
        'haystack-radius': 0,
        width: 1,
        'line-color': colors.edge,
        'overlay-opacity': 0,
      },
    },
    {
      selector: 'edge.tie',
      style: { width: 'data(width)', opacity: 'data(opacity)' as unknown as number },
    },
    {
      // Inferred, not confirmed: thin and dotted, below every confirmed tie.
      selector: 'edge.likely',
      style: {
        width: 1,
        'line-style': 'dotted',
        'line-dash-pattern': [2, 4],
        opacity: 'data(opacity)' as unknown as number,
        'z-index': 0,
        events: 'no',
      },
    },
    {
      selector: 'edge.intro',
      style: {
        'curve-style': 'straight',
        width: 2.5,
        'line-color': colors.introduction,
        'line-style': 'dotted',
        opacity: 0.95,
        'z-index': 8,
      },
    },
    {
      selector: 'edge.suggestion',
      style: {
        'curve-style': 'straight',
        width: 2.5,
        'line-color': colors.suggestion,
        'line-style': 'dashed',
        'line-dash-pattern': [7, 5],
        opacity: 0.9,
        'z-index': 9,
        // A wide invisible overlay makes a thin dashed line easy to hover.
        'overlay-padding': 6,
      },
    },
    {
      selector: 'edge.suggestion.active',
      style: {
        width: 4.5,
        opacity: 1,
        'overlay-opacity': 0.12,
        'overlay-color': colors.suggestion,
      },
    },
    { selector: '.dim', style: { opacity: 0.1, events: 'no', 'text-opacity': 0 } },
    {
      selector: 'node.drop-target',
      style: {
        'border-width': 5,
        'border-color': colors.highlight,
        'underlay-color': colors.highlight,
        'underlay-opacity': 0.25,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
        'min-zoomed-font-size': 0,
        'font-size': 13,
        'z-index': 30,
      },
    },
    {
      selector: 'node.kb-focus, node:selected, node.focus-centre',
      style: {
        'border-width': 4,
        'border-color': colors.highlight,
        'underlay-color': colors.highlight,
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
        'underlay-shape': 'ellipse',
        'min-zoomed-font-size': 0,
        'font-size': 13,
        'font-weight': 'bold',
        'z-index': 25,
      },
    },
    {
      selector: 'node.hover',
      style: { 'min-zoomed-font-size': 0, 'font-size': 13, 'z-index': 24 },
    },
  ]
  colors.clusters.forEach((color, i) => {
    sheet.push({ selector: `node.c${i}`, style: { 'background-color': color } })
  })
  return sheet
}
