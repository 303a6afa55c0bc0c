import type { Feature } from '../../app/host';

export const language: Feature = {
  name: 'language',
  mount() {},
};
