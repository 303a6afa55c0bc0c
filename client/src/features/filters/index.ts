import type { Feature } from '../../app/host';

export const filters: Feature = {
  name: 'filters',
  mount() {},
};
