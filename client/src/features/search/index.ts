import type { Feature } from '../../app/host';

export const search: Feature = {
  name: 'search',
  mount() {},
};
