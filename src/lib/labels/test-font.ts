/**
 * A label face for tests that need no font file: every character `em` ems wide (0.65 em, with
 * a country's 0.12 em spacing, is about DejaVu Sans's average capital: 8.5 px at 11 px).
 */
import type { FontTable } from './measure';

export const uniformFont = (em = 0.65): FontTable => ({ adv: {}, missing: em });
