// The browser app's pure parts: both dictionaries say the same things, the view survives the URL,
// the timeline has every period, and the renderer is WebGL only on a hardware GPU.
import { expect } from 'chai';
import { continuousPeriods } from '../../../client/src/features/filters/timeline';
import { isHardwareGpu } from '../../../client/src/graph/renderer';
import { en } from '../../../client/src/i18n/en';
import { es } from '../../../client/src/i18n/es';
import { EMPTY_VIEW, decodeView, encodeView } from '../../../client/src/state/view-state';

describe('client: dictionaries', () => {
  it('Spanish and English have the same keys and the same placeholders', () => {
    expect(Object.keys(es).sort()).to.deep.equal(Object.keys(en).sort());
    const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en)) expect(holes(es[key]!), key).to.deep.equal(holes(en[key]!));
  });

  it('names every entity label and relationship type', async () => {
    const { ENTITY_LABELS, FACT_TYPES } = await import('../../../model/graph-schema');
    for (const label of ENTITY_LABELS) expect(en).to.have.property(`label.${label}`);
    for (const type of FACT_TYPES) expect(es).to.have.property(`type.${type}`);
  });
});

describe('client: view state in the URL', () => {
  it('round-trips focus, expansions, filters, path and positions', () => {
    const view = {
      ...EMPTY_VIEW,
      focus: ['person:jose-antonio-gonzalez-anaya'],
      expanded: { 'institution:imss': 3, 'place:lima': 1 },
      hidden: ['place:peru'],
      pinned: ['institution:imss'],
      labels: ['Person', 'Institution'],
      types: ['SIGNED'],
      from: '2014-05',
      to: '2015',
      path: ['person:a', 'institution:b'] as [string, string],
      community: true,
      positions: {
        'institution:imss': [12, -40] as [number, number],
        'place:lima': [300, 7] as [number, number],
      },
    };
    expect(decodeView('#' + encodeView(view))).to.deep.equal(view);
  });

  it('reads an empty or damaged fragment as the overview', () => {
    expect(decodeView('')).to.deep.equal(EMPTY_VIEW);
    expect(decodeView('#pos=%%%not-base64&expanded=a*zz').expanded).to.deep.equal({ a: 1 });
    expect(decodeView('#pos=AAAA').positions).to.deep.equal({});
  });
});

describe('client: timeline periods', () => {
  it('fills every month of the years from the first to the last bucket', () => {
    const periods = continuousPeriods({
      granularity: 'month',
      buckets: [
        { period: '2014-11', count: 2 },
        { period: '2015-02', count: 1 },
      ],
      yearOnly: [],
      undated: 0,
      total: 3,
    });
    expect(periods).to.have.length(24);
    expect(periods[0]).to.deep.equal({ period: '2014-01', count: 0 });
    expect(periods.slice(10, 14)).to.deep.equal([
      { period: '2014-11', count: 2 },
      { period: '2014-12', count: 0 },
      { period: '2015-01', count: 0 },
      { period: '2015-02', count: 1 },
    ]);
    expect(periods[23]).to.deep.equal({ period: '2015-12', count: 0 });
  });

  it('fills the years between the first and the last', () => {
    const periods = continuousPeriods({
      granularity: 'year',
      buckets: [
        { period: '2012', count: 1 },
        { period: '2014', count: 4 },
      ],
      yearOnly: [],
      undated: 0,
      total: 5,
    });
    expect(periods.map((p) => p.count)).to.deep.equal([1, 0, 4]);
  });
});

describe('client: renderer choice', () => {
  for (const [renderer, gpu] of [
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', false],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', false],
    ['Microsoft Basic Render Driver', false],
    ['Software Rasterizer', false],
    ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', true],
    ['Apple M2', true],
  ] as const)
    it(`${gpu ? 'WebGL' : 'canvas'} for "${renderer}"`, () => expect(isHardwareGpu(renderer)).to.equal(gpu));
  it('canvas without WebGL', () => expect(isHardwareGpu(null)).to.equal(false));
});
