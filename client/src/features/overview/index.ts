import type { Feature } from '../../app/host';

export const overview: Feature = {
  name: 'overview',
  mount() {},
};
