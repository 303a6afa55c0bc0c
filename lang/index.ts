// Language packs by language: lexicons and rule tables. A new language is one folder and one row here.
import type { Lang } from '../engine';
import type { LangPack } from './types';
import { EN } from './en';
import { ES } from './es';

export const PACKS: Readonly<Record<Lang, LangPack>> = { es: ES, en: EN };
export type {
  FactExpect,
  LangPack,
  ParticipationEmit,
  ParticipationRule,
  RoleEmit,
  RoleRule,
  SigningEmit,
  SigningRule,
} from './types';
