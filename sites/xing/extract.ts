import type { ProfileRef } from '@/core/profile';
import { extractLayered } from '../layered-extract';
import type { Extraction } from '../site-adapter';
import { xingSelectors } from './selectors';

export function extractXing(doc: Document, ref: ProfileRef): Extraction {
  return extractLayered(doc, ref, xingSelectors);
}
