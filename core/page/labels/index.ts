import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import type { PageLabels } from './types';

export type { FieldKey, PageLabels, ReturnConditionKey, ReturnStatusKey, StatusKey } from './types';
export { DATE_FIELD_KEYS, FIELD_KEYS, RETURN_CONDITION_KEYS, RETURN_STATUS_KEYS, STATUS_KEYS } from './types';

export type LabelLanguage = 'fr' | 'en' | 'de' | 'es' | 'it';

/** One dictionary per page language; every one has the same keys (checked by a test). */
export const PAGE_LABELS: Readonly<Record<LabelLanguage, PageLabels>> = { fr, en, de, es, it };
export const LABEL_LANGUAGES = Object.keys(PAGE_LABELS) as LabelLanguage[];
