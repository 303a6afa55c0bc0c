import type { Feature } from '../../app/host';

export const history: Feature = {
  name: 'history',
  mount() {},
};
