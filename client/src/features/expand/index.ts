import type { Feature } from '../../app/host';

export const expand: Feature = {
  name: 'expand',
  mount() {},
};
