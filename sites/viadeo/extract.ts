import type { ProfileRef } from '@/core/profile';
import { extractLayered } from '../layered-extract';
import type { Extraction } from '../site-adapter';
import { viadeoSelectors } from './selectors';

export function extractViadeo(doc: Document, ref: ProfileRef): Extraction {
  return extractLayered(doc, ref, viadeoSelectors);
}
