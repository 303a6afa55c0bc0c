import type { Feature } from '../../app/host';

export const paths: Feature = {
  name: 'paths',
  mount() {},
};
